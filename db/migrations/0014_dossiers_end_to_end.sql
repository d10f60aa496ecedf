CREATE TABLE `dossier_apologies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`previous_due_at` integer,
	`new_due_at` integer NOT NULL,
	`reason` text NOT NULL,
	`issued_by` text,
	`issued_via` text,
	`issued_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_apologies_number_uq` ON `dossier_apologies` (`unit_id`,`year`,`number`);--> statement-breakpoint
CREATE INDEX `dossier_apologies_dossier_idx` ON `dossier_apologies` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `dossier_daily_counts` (
	`unit_id` integer NOT NULL,
	`day` text NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`returned` integer DEFAULT 0 NOT NULL,
	`early` integer DEFAULT 0 NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`with_apology` integer DEFAULT 0 NOT NULL,
	`complained` integer DEFAULT 0 NOT NULL,
	`rated_unsatisfied` integer DEFAULT 0 NOT NULL,
	`bad` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `day`)
);
--> statement-breakpoint
CREATE INDEX `dossier_daily_counts_day_idx` ON `dossier_daily_counts` (`day`,`unit_id`);--> statement-breakpoint
CREATE TABLE `officers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text,
	`user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `officers_unit_code_uq` ON `officers` (`unit_id`,`code`);--> statement-breakpoint
CREATE INDEX `officers_user_idx` ON `officers` (`user_id`);--> statement-breakpoint
CREATE TABLE `rollup_dossier_monthly_counts` (
	`node_id` integer NOT NULL,
	`month` text NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`returned` integer DEFAULT 0 NOT NULL,
	`early` integer DEFAULT 0 NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`with_apology` integer DEFAULT 0 NOT NULL,
	`complained` integer DEFAULT 0 NOT NULL,
	`rated_unsatisfied` integer DEFAULT 0 NOT NULL,
	`bad` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `month`)
);
--> statement-breakpoint
ALTER TABLE `dossiers` ADD `channel` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `status` text DEFAULT 'received' NOT NULL;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `received_day` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `new_due_at` integer;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `returned_day` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `timeliness` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `received_by` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `returned_by` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `rated_unsatisfied` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `apologized` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `dossiers_open_due_idx` ON `dossiers` (`unit_id`,`due_at`) WHERE status IN ('received', 'processing');--> statement-breakpoint
CREATE INDEX `dossiers_unit_returned_idx` ON `dossiers` (`unit_id`,`returned_day`);--> statement-breakpoint
ALTER TABLE `units` ADD `officer_evaluation` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Dossiers registered before: a received day, and returned ones timed against their due time (local days).
UPDATE `dossiers` SET received_day = date(received_at / 1000 + 25200, 'unixepoch');--> statement-breakpoint
UPDATE `dossiers` SET status = 'returned', returned_day = date(returned_at / 1000 + 25200, 'unixepoch'),
  timeliness = CASE WHEN due_at IS NULL THEN NULL
    WHEN returned_at > due_at THEN 'late'
    WHEN date(returned_at / 1000 + 25200, 'unixepoch') < date(due_at / 1000 + 25200, 'unixepoch') THEN 'early'
    ELSE 'on_time' END
  WHERE returned_at IS NOT NULL;--> statement-breakpoint
-- A receipt's counted answer "Không hài lòng": the lowest level of a 3-level quick question, the two lowest of 5.
UPDATE `dossiers` SET rated_unsatisfied = 1 WHERE EXISTS (SELECT 1 FROM responses r
  JOIN answers a ON a.response_id = r.id AND a.item_key = 'quick'
  JOIN instruments i ON i.id = r.instrument_id
  WHERE r.dossier_id = dossiers.id AND r.flagged = 0
    AND a.value <= CASE json_array_length(i.definition, '$.scale') WHEN 5 THEN 2 ELSE 1 END);--> statement-breakpoint
-- Each dossier counts on the day it was received, and (once returned) on the day it was returned.
CREATE TRIGGER `dossiers_counts_insert` AFTER INSERT ON `dossiers` BEGIN
  INSERT INTO dossier_daily_counts (unit_id, day, received) VALUES (NEW.unit_id, NEW.received_day, 1)
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO dossier_daily_counts (unit_id, day, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT NEW.unit_id, NEW.returned_day, 1, (NEW.timeliness IS 'early'), (NEW.timeliness IS 'on_time'), (NEW.timeliness IS 'late'), (NEW.apologized = 1), (NEW.complained = 1), (NEW.rated_unsatisfied = 1), (NEW.timeliness IS 'late' OR NEW.complained = 1 OR NEW.rated_unsatisfied = 1)
    WHERE NEW.status = 'returned' AND NEW.returned_day IS NOT NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
CREATE TRIGGER `dossiers_counts_update` AFTER UPDATE ON `dossiers` WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.received_day IS NOT NEW.received_day OR OLD.status IS NOT NEW.status OR OLD.returned_day IS NOT NEW.returned_day OR OLD.timeliness IS NOT NEW.timeliness OR OLD.apologized IS NOT NEW.apologized OR OLD.complained IS NOT NEW.complained OR OLD.rated_unsatisfied IS NOT NEW.rated_unsatisfied BEGIN
  INSERT INTO dossier_daily_counts (unit_id, day, received) VALUES (OLD.unit_id, OLD.received_day, -1)
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO dossier_daily_counts (unit_id, day, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT OLD.unit_id, OLD.returned_day, -1, -(OLD.timeliness IS 'early'), -(OLD.timeliness IS 'on_time'), -(OLD.timeliness IS 'late'), -(OLD.apologized = 1), -(OLD.complained = 1), -(OLD.rated_unsatisfied = 1), -(OLD.timeliness IS 'late' OR OLD.complained = 1 OR OLD.rated_unsatisfied = 1)
    WHERE OLD.status = 'returned' AND OLD.returned_day IS NOT NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
  INSERT INTO dossier_daily_counts (unit_id, day, received) VALUES (NEW.unit_id, NEW.received_day, 1)
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO dossier_daily_counts (unit_id, day, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT NEW.unit_id, NEW.returned_day, 1, (NEW.timeliness IS 'early'), (NEW.timeliness IS 'on_time'), (NEW.timeliness IS 'late'), (NEW.apologized = 1), (NEW.complained = 1), (NEW.rated_unsatisfied = 1), (NEW.timeliness IS 'late' OR NEW.complained = 1 OR NEW.rated_unsatisfied = 1)
    WHERE NEW.status = 'returned' AND NEW.returned_day IS NOT NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
CREATE TRIGGER `dossiers_counts_delete` AFTER DELETE ON `dossiers` BEGIN
  INSERT INTO dossier_daily_counts (unit_id, day, received) VALUES (OLD.unit_id, OLD.received_day, -1)
    ON CONFLICT DO UPDATE SET received = received + excluded.received;
  INSERT INTO dossier_daily_counts (unit_id, day, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT OLD.unit_id, OLD.returned_day, -1, -(OLD.timeliness IS 'early'), -(OLD.timeliness IS 'on_time'), -(OLD.timeliness IS 'late'), -(OLD.apologized = 1), -(OLD.complained = 1), -(OLD.rated_unsatisfied = 1), -(OLD.timeliness IS 'late' OR OLD.complained = 1 OR OLD.rated_unsatisfied = 1)
    WHERE OLD.status = 'returned' AND OLD.returned_day IS NOT NULL
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
-- The per-unit counts pooled per rollup node and month (rebuilt with the other rollups when the tree changes).
CREATE TRIGGER `dossier_daily_counts_rollup_insert` AFTER INSERT ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_monthly_counts (node_id, month, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, substr(NEW.day, 1, 7), NEW.received, NEW.returned, NEW.early, NEW.on_time, NEW.late, NEW.with_apology, NEW.complained, NEW.rated_unsatisfied, NEW.bad
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
CREATE TRIGGER `dossier_daily_counts_rollup_update` AFTER UPDATE ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_monthly_counts (node_id, month, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, substr(OLD.day, 1, 7), -OLD.received, -OLD.returned, -OLD.early, -OLD.on_time, -OLD.late, -OLD.with_apology, -OLD.complained, -OLD.rated_unsatisfied, -OLD.bad
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
  INSERT INTO rollup_dossier_monthly_counts (node_id, month, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, substr(NEW.day, 1, 7), NEW.received, NEW.returned, NEW.early, NEW.on_time, NEW.late, NEW.with_apology, NEW.complained, NEW.rated_unsatisfied, NEW.bad
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
CREATE TRIGGER `dossier_daily_counts_rollup_delete` AFTER DELETE ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_monthly_counts (node_id, month, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, substr(OLD.day, 1, 7), -OLD.received, -OLD.returned, -OLD.early, -OLD.on_time, -OLD.late, -OLD.with_apology, -OLD.complained, -OLD.rated_unsatisfied, -OLD.bad
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;--> statement-breakpoint
INSERT INTO dossier_daily_counts (unit_id, day, received)
  SELECT unit_id, received_day, count(*) FROM dossiers WHERE true GROUP BY 1, 2
  ON CONFLICT DO UPDATE SET received = received + excluded.received;--> statement-breakpoint
INSERT INTO dossier_daily_counts (unit_id, day, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
  SELECT unit_id, returned_day, count(*), sum(timeliness IS 'early'), sum(timeliness IS 'on_time'), sum(timeliness IS 'late'),
    sum(apologized = 1), sum(complained = 1), sum(rated_unsatisfied = 1),
    sum(timeliness IS 'late' OR complained = 1 OR rated_unsatisfied = 1)
  FROM dossiers WHERE status = 'returned' AND returned_day IS NOT NULL GROUP BY 1, 2
  ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;--> statement-breakpoint
UPDATE rollup_state SET valid = 0 WHERE valid = 1;
