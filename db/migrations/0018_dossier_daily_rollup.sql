CREATE TABLE `rollup_dossier_daily_counts` (
	`node_id` integer NOT NULL,
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
	PRIMARY KEY(`node_id`, `day`)
);
--> statement-breakpoint
CREATE TRIGGER `dossier_daily_counts_rollup_daily_insert` AFTER INSERT ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_daily_counts (node_id, day, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, NEW.day, NEW.received, NEW.returned, NEW.early, NEW.on_time, NEW.late, NEW.with_apology, NEW.complained, NEW.rated_unsatisfied, NEW.bad
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_daily_counts_rollup_daily_update` AFTER UPDATE ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_daily_counts (node_id, day, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, OLD.day, -OLD.received, -OLD.returned, -OLD.early, -OLD.on_time, -OLD.late, -OLD.with_apology, -OLD.complained, -OLD.rated_unsatisfied, -OLD.bad
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
  INSERT INTO rollup_dossier_daily_counts (node_id, day, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, NEW.day, NEW.received, NEW.returned, NEW.early, NEW.on_time, NEW.late, NEW.with_apology, NEW.complained, NEW.rated_unsatisfied, NEW.bad
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;
--> statement-breakpoint
CREATE TRIGGER `dossier_daily_counts_rollup_daily_delete` AFTER DELETE ON `dossier_daily_counts` BEGIN
  INSERT INTO rollup_dossier_daily_counts (node_id, day, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
    SELECT p.node_id, OLD.day, -OLD.received, -OLD.returned, -OLD.early, -OLD.on_time, -OLD.late, -OLD.with_apology, -OLD.complained, -OLD.rated_unsatisfied, -OLD.bad
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET received = received + excluded.received, returned = returned + excluded.returned, early = early + excluded.early, on_time = on_time + excluded.on_time, late = late + excluded.late, with_apology = with_apology + excluded.with_apology, complained = complained + excluded.complained, rated_unsatisfied = rated_unsatisfied + excluded.rated_unsatisfied, bad = bad + excluded.bad;
END;
--> statement-breakpoint
INSERT INTO rollup_dossier_daily_counts (node_id, day, received, returned, early, on_time, late, with_apology, complained, rated_unsatisfied, bad)
  SELECT p.node_id, d.day, sum(d.received), sum(d.returned), sum(d.early), sum(d.on_time), sum(d.late), sum(d.with_apology), sum(d.complained), sum(d.rated_unsatisfied), sum(d.bad)
  FROM dossier_daily_counts d JOIN rollup_paths p ON p.unit_id = d.unit_id
  GROUP BY 1, 2;
