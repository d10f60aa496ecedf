CREATE TABLE `rollup_daily_counts` (
	`node_id` integer NOT NULL,
	`day` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`flagged` integer NOT NULL,
	`c1` integer DEFAULT 0 NOT NULL,
	`c2` integer DEFAULT 0 NOT NULL,
	`c3` integer DEFAULT 0 NOT NULL,
	`c4` integer DEFAULT 0 NOT NULL,
	`c5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `day`, `instrument_id`, `item_key`, `flagged`)
);
--> statement-breakpoint
CREATE INDEX `rollup_daily_quick_idx` ON `rollup_daily_counts` (`node_id`,`day`,`instrument_id`,`flagged`,`c1`,`c2`,`c3`,`c4`,`c5`) WHERE item_key = 'quick';--> statement-breakpoint
CREATE TABLE `rollup_monthly_counts` (
	`node_id` integer NOT NULL,
	`month` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`flagged` integer NOT NULL,
	`c1` integer DEFAULT 0 NOT NULL,
	`c2` integer DEFAULT 0 NOT NULL,
	`c3` integer DEFAULT 0 NOT NULL,
	`c4` integer DEFAULT 0 NOT NULL,
	`c5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `month`, `instrument_id`, `item_key`, `flagged`)
);
--> statement-breakpoint
CREATE INDEX `rollup_monthly_quick_idx` ON `rollup_monthly_counts` (`node_id`,`month`,`instrument_id`,`flagged`,`c1`,`c2`,`c3`,`c4`,`c5`) WHERE item_key = 'quick';--> statement-breakpoint
CREATE TABLE `rollup_nodes` (
	`node_id` integer PRIMARY KEY NOT NULL,
	`units` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rollup_paths` (
	`unit_id` integer NOT NULL,
	`node_id` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `node_id`)
);
--> statement-breakpoint
CREATE TABLE `rollup_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`valid` integer NOT NULL,
	`built_at` integer,
	`units_version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_rollup_insert` AFTER INSERT ON `daily_answer_counts` BEGIN
  INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, (NEW.value = 1) * NEW.count, (NEW.value = 2) * NEW.count, (NEW.value = 3) * NEW.count, (NEW.value = 4) * NEW.count, (NEW.value = 5) * NEW.count
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_rollup_count` AFTER UPDATE ON `daily_answer_counts` WHEN OLD.unit_id = NEW.unit_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.channel = NEW.channel AND OLD.item_key = NEW.item_key AND OLD.value = NEW.value AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, ((NEW.value = 1) * (NEW.count - OLD.count)), ((NEW.value = 2) * (NEW.count - OLD.count)), ((NEW.value = 3) * (NEW.count - OLD.count)), ((NEW.value = 4) * (NEW.count - OLD.count)), ((NEW.value = 5) * (NEW.count - OLD.count))
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_daily_counts WHERE NEW.count < OLD.count AND node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = NEW.unit_id)
    AND day = NEW.day AND instrument_id = NEW.instrument_id AND item_key = NEW.item_key AND flagged = NEW.flagged
    AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_rollup_rekey` AFTER UPDATE ON `daily_answer_counts` WHEN NOT (OLD.unit_id = NEW.unit_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.channel = NEW.channel AND OLD.item_key = NEW.item_key AND OLD.value = NEW.value AND OLD.flagged = NEW.flagged) BEGIN
  INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, OLD.day, OLD.instrument_id, OLD.item_key, OLD.flagged, -((OLD.value = 1) * OLD.count), -((OLD.value = 2) * OLD.count), -((OLD.value = 3) * OLD.count), -((OLD.value = 4) * OLD.count), -((OLD.value = 5) * OLD.count)
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, (NEW.value = 1) * NEW.count, (NEW.value = 2) * NEW.count, (NEW.value = 3) * NEW.count, (NEW.value = 4) * NEW.count, (NEW.value = 5) * NEW.count
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_daily_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND day = OLD.day AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged
    AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_rollup_delete` AFTER DELETE ON `daily_answer_counts` BEGIN
  INSERT INTO rollup_daily_counts (node_id, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, OLD.day, OLD.instrument_id, OLD.item_key, OLD.flagged, -((OLD.value = 1) * OLD.count), -((OLD.value = 2) * OLD.count), -((OLD.value = 3) * OLD.count), -((OLD.value = 4) * OLD.count), -((OLD.value = 5) * OLD.count)
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_daily_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND day = OLD.day AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged
    AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_daily_counts_monthly_insert` AFTER INSERT ON `rollup_daily_counts` BEGIN
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_daily_counts_monthly_count` AFTER UPDATE ON `rollup_daily_counts` WHEN OLD.node_id = NEW.node_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1 - OLD.c1, NEW.c2 - OLD.c2, NEW.c3 - OLD.c3, NEW.c4 - OLD.c4, NEW.c5 - OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_monthly_counts WHERE node_id = NEW.node_id AND month = substr(NEW.day, 1, 7)
    AND instrument_id = NEW.instrument_id AND item_key = NEW.item_key AND flagged = NEW.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_daily_counts_monthly_rekey` AFTER UPDATE ON `rollup_daily_counts` WHEN NOT (OLD.node_id = NEW.node_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged) BEGIN
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (OLD.node_id, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_monthly_counts WHERE node_id = OLD.node_id AND month = substr(OLD.day, 1, 7)
    AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_daily_counts_monthly_delete` AFTER DELETE ON `rollup_daily_counts` BEGIN
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (OLD.node_id, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_monthly_counts WHERE node_id = OLD.node_id AND month = substr(OLD.day, 1, 7)
    AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `units_rollup_insert` AFTER INSERT ON `units` BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_rollup_update` AFTER UPDATE ON `units` WHEN OLD.parent_id IS NOT NEW.parent_id OR OLD.valid_to IS NOT NEW.valid_to OR OLD.id IS NOT NEW.id BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_rollup_delete` AFTER DELETE ON `units` BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_rollup_insert` AFTER INSERT ON `unit_lineage` BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_rollup_update` AFTER UPDATE ON `unit_lineage` BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_rollup_delete` AFTER DELETE ON `unit_lineage` BEGIN
  UPDATE rollup_state SET valid = 0 WHERE valid = 1;
END;
--> statement-breakpoint
INSERT INTO `rollup_state` (`id`, `valid`, `built_at`, `units_version`) VALUES (1, 0, NULL, 0);
--> statement-breakpoint
CREATE TRIGGER `units_version_insert` AFTER INSERT ON `units` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_version_update` AFTER UPDATE ON `units` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `units_version_delete` AFTER DELETE ON `units` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_version_insert` AFTER INSERT ON `unit_lineage` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_version_update` AFTER UPDATE ON `unit_lineage` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `unit_lineage_version_delete` AFTER DELETE ON `unit_lineage` BEGIN
  UPDATE rollup_state SET units_version = units_version + 1;
END;
