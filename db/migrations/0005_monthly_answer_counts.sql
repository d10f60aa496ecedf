CREATE TABLE `monthly_answer_counts` (
	`unit_id` integer NOT NULL,
	`month` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`channel` text NOT NULL,
	`item_key` text NOT NULL,
	`value` integer NOT NULL,
	`flagged` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `month`, `instrument_id`, `channel`, `item_key`, `value`, `flagged`)
);--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_monthly_insert` AFTER INSERT ON `daily_answer_counts` BEGIN
  INSERT INTO monthly_answer_counts (unit_id, month, instrument_id, channel, item_key, value, flagged, count)
    VALUES (NEW.unit_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.channel, NEW.item_key, NEW.value, NEW.flagged, NEW.count)
    ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_monthly_update` AFTER UPDATE ON `daily_answer_counts` BEGIN
  UPDATE monthly_answer_counts SET count = count - OLD.count
    WHERE unit_id = OLD.unit_id AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id AND channel = OLD.channel AND item_key = OLD.item_key AND value = OLD.value AND flagged = OLD.flagged;
  DELETE FROM monthly_answer_counts WHERE count = 0 AND unit_id = OLD.unit_id AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id AND channel = OLD.channel AND item_key = OLD.item_key AND value = OLD.value AND flagged = OLD.flagged;
  INSERT INTO monthly_answer_counts (unit_id, month, instrument_id, channel, item_key, value, flagged, count)
    VALUES (NEW.unit_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.channel, NEW.item_key, NEW.value, NEW.flagged, NEW.count)
    ON CONFLICT DO UPDATE SET count = count + excluded.count;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_monthly_delete` AFTER DELETE ON `daily_answer_counts` BEGIN
  UPDATE monthly_answer_counts SET count = count - OLD.count
    WHERE unit_id = OLD.unit_id AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id AND channel = OLD.channel AND item_key = OLD.item_key AND value = OLD.value AND flagged = OLD.flagged;
  DELETE FROM monthly_answer_counts WHERE count = 0 AND unit_id = OLD.unit_id AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id AND channel = OLD.channel AND item_key = OLD.item_key AND value = OLD.value AND flagged = OLD.flagged;
END;
--> statement-breakpoint
INSERT INTO `monthly_answer_counts` (unit_id, month, instrument_id, channel, item_key, value, flagged, count)
  SELECT unit_id, substr(day, 1, 7), instrument_id, channel, item_key, value, flagged, sum(count)
  FROM daily_answer_counts GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(count) <> 0;
