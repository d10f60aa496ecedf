ALTER TABLE `rollup_state` ADD `settled_through` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `rollup_state` ADD `settled_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_settled_insert` AFTER INSERT ON `daily_answer_counts` WHEN NEW.day <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_settled_update` AFTER UPDATE ON `daily_answer_counts` WHEN min(OLD.day, NEW.day) <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_settled_delete` AFTER DELETE ON `daily_answer_counts` WHEN OLD.day <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_settled_insert` AFTER INSERT ON `facet_daily_counts` WHEN NEW.day <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_settled_update` AFTER UPDATE ON `facet_daily_counts` WHEN min(OLD.day, NEW.day) <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_settled_delete` AFTER DELETE ON `facet_daily_counts` WHEN OLD.day <= (SELECT settled_through FROM rollup_state WHERE id = 1) BEGIN
  UPDATE rollup_state SET settled_version = settled_version + 1 WHERE id = 1;
END;
