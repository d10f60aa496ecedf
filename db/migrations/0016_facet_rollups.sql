CREATE TABLE `facet_daily_counts` (
	`unit_id` integer NOT NULL,
	`facet` text NOT NULL,
	`day` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`flagged` integer NOT NULL,
	`c1` integer DEFAULT 0 NOT NULL,
	`c2` integer DEFAULT 0 NOT NULL,
	`c3` integer DEFAULT 0 NOT NULL,
	`c4` integer DEFAULT 0 NOT NULL,
	`c5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `facet`, `day`, `instrument_id`, `item_key`, `flagged`)
);
--> statement-breakpoint
CREATE TABLE `rollup_facet_daily_counts` (
	`node_id` integer NOT NULL,
	`facet` text NOT NULL,
	`day` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`flagged` integer NOT NULL,
	`c1` integer DEFAULT 0 NOT NULL,
	`c2` integer DEFAULT 0 NOT NULL,
	`c3` integer DEFAULT 0 NOT NULL,
	`c4` integer DEFAULT 0 NOT NULL,
	`c5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `facet`, `day`, `instrument_id`, `item_key`, `flagged`)
);
--> statement-breakpoint
CREATE TABLE `rollup_facet_monthly_counts` (
	`node_id` integer NOT NULL,
	`facet` text NOT NULL,
	`month` text NOT NULL,
	`instrument_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`flagged` integer NOT NULL,
	`c1` integer DEFAULT 0 NOT NULL,
	`c2` integer DEFAULT 0 NOT NULL,
	`c3` integer DEFAULT 0 NOT NULL,
	`c4` integer DEFAULT 0 NOT NULL,
	`c5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `facet`, `month`, `instrument_id`, `item_key`, `flagged`)
);
--> statement-breakpoint
-- The units' facets of the answers already stored (the pooled ones are built by the next start with the
-- other rollups, features/index/server/rollups.ts, as after a change to the unit tree).
INSERT INTO `facet_daily_counts` (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
  SELECT r.unit_id, k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id), r.local_day, r.instrument_id, a.item_key, r.flagged,
    sum(a.value = 1), sum(a.value = 2), sum(a.value = 3), sum(a.value = 4), sum(a.value = 5)
  FROM responses r JOIN answers a ON a.response_id = r.id JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
  WHERE a.value IS NOT NULL AND k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id) IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
-- The channel facets, pooled per node and day, follow the per-unit daily counts (which carry the channel).
CREATE TRIGGER `daily_answer_counts_facet_insert` AFTER INSERT ON `daily_answer_counts` BEGIN
  INSERT INTO rollup_facet_daily_counts (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, 'k:' || NEW.channel, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, ((NEW.value = 1) * NEW.count), ((NEW.value = 2) * NEW.count), ((NEW.value = 3) * NEW.count), ((NEW.value = 4) * NEW.count), ((NEW.value = 5) * NEW.count)
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_facet_count` AFTER UPDATE ON `daily_answer_counts` WHEN OLD.unit_id = NEW.unit_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.channel = NEW.channel AND OLD.item_key = NEW.item_key AND OLD.value = NEW.value AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_facet_daily_counts (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, 'k:' || NEW.channel, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, ((NEW.value = 1) * (NEW.count - OLD.count)), ((NEW.value = 2) * (NEW.count - OLD.count)), ((NEW.value = 3) * (NEW.count - OLD.count)), ((NEW.value = 4) * (NEW.count - OLD.count)), ((NEW.value = 5) * (NEW.count - OLD.count))
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_daily_counts WHERE NEW.count < OLD.count AND node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = NEW.unit_id)
    AND facet = 'k:' || NEW.channel AND day = NEW.day AND instrument_id = NEW.instrument_id AND item_key = NEW.item_key
    AND flagged = NEW.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_facet_rekey` AFTER UPDATE ON `daily_answer_counts` WHEN NOT (OLD.unit_id = NEW.unit_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.channel = NEW.channel AND OLD.item_key = NEW.item_key AND OLD.value = NEW.value AND OLD.flagged = NEW.flagged) BEGIN
  INSERT INTO rollup_facet_daily_counts (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, 'k:' || OLD.channel, OLD.day, OLD.instrument_id, OLD.item_key, OLD.flagged, -((OLD.value = 1) * OLD.count), -((OLD.value = 2) * OLD.count), -((OLD.value = 3) * OLD.count), -((OLD.value = 4) * OLD.count), -((OLD.value = 5) * OLD.count)
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO rollup_facet_daily_counts (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, 'k:' || NEW.channel, NEW.day, NEW.instrument_id, NEW.item_key, NEW.flagged, ((NEW.value = 1) * NEW.count), ((NEW.value = 2) * NEW.count), ((NEW.value = 3) * NEW.count), ((NEW.value = 4) * NEW.count), ((NEW.value = 5) * NEW.count)
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_daily_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND facet = 'k:' || OLD.channel AND day = OLD.day AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key
    AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `daily_answer_counts_facet_delete` AFTER DELETE ON `daily_answer_counts` BEGIN
  INSERT INTO rollup_facet_daily_counts (node_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, 'k:' || OLD.channel, OLD.day, OLD.instrument_id, OLD.item_key, OLD.flagged, -((OLD.value = 1) * OLD.count), -((OLD.value = 2) * OLD.count), -((OLD.value = 3) * OLD.count), -((OLD.value = 4) * OLD.count), -((OLD.value = 5) * OLD.count)
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_daily_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND facet = 'k:' || OLD.channel AND day = OLD.day AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key
    AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
-- The procedure and counter facets of each unit follow each answer and its response.
CREATE TRIGGER `answers_facet_insert` AFTER INSERT ON `answers` WHEN NEW.value IS NOT NULL BEGIN
  INSERT INTO facet_daily_counts (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT r.unit_id, k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id), r.local_day, r.instrument_id, NEW.item_key, r.flagged, (NEW.value = 1), (NEW.value = 2), (NEW.value = 3), (NEW.value = 4), (NEW.value = 5)
    FROM responses r JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
    WHERE r.id = NEW.response_id AND k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id) IS NOT NULL
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `answers_facet_delete` AFTER DELETE ON `answers` WHEN OLD.value IS NOT NULL BEGIN
  INSERT INTO facet_daily_counts (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT r.unit_id, k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id), r.local_day, r.instrument_id, OLD.item_key, r.flagged, -(OLD.value = 1), -(OLD.value = 2), -(OLD.value = 3), -(OLD.value = 4), -(OLD.value = 5)
    FROM responses r JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
    WHERE r.id = OLD.response_id AND k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id) IS NOT NULL
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM facet_daily_counts WHERE (unit_id, facet, day, instrument_id, flagged) IN (
      SELECT r.unit_id, k.kind || ':' || iif(k.kind = 'p', r.procedure_id, r.counter_id), r.local_day, r.instrument_id, r.flagged FROM responses r JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k WHERE r.id = OLD.response_id)
    AND item_key = OLD.item_key AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
-- A response flagged or cleared later (a surge's burst) moves its answers between facet rows.
CREATE TRIGGER `responses_facet_rekey` AFTER UPDATE OF flagged, unit_id, local_day, instrument_id, procedure_id, counter_id ON `responses` WHEN OLD.flagged IS NOT NEW.flagged OR OLD.unit_id IS NOT NEW.unit_id OR OLD.local_day IS NOT NEW.local_day OR OLD.instrument_id IS NOT NEW.instrument_id OR OLD.procedure_id IS NOT NEW.procedure_id OR OLD.counter_id IS NOT NEW.counter_id BEGIN
  INSERT INTO facet_daily_counts (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT OLD.unit_id, k.kind || ':' || iif(k.kind = 'p', OLD.procedure_id, OLD.counter_id), OLD.local_day, OLD.instrument_id, a.item_key, OLD.flagged, -a.c1, -a.c2, -a.c3, -a.c4, -a.c5
    FROM (SELECT item_key, sum(value = 1) AS c1, sum(value = 2) AS c2, sum(value = 3) AS c3, sum(value = 4) AS c4, sum(value = 5) AS c5
          FROM answers WHERE response_id = OLD.id AND value IS NOT NULL GROUP BY item_key) a
      JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
    WHERE k.kind || ':' || iif(k.kind = 'p', OLD.procedure_id, OLD.counter_id) IS NOT NULL
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO facet_daily_counts (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT NEW.unit_id, k.kind || ':' || iif(k.kind = 'p', NEW.procedure_id, NEW.counter_id), NEW.local_day, NEW.instrument_id, a.item_key, NEW.flagged, a.c1, a.c2, a.c3, a.c4, a.c5
    FROM (SELECT item_key, sum(value = 1) AS c1, sum(value = 2) AS c2, sum(value = 3) AS c3, sum(value = 4) AS c4, sum(value = 5) AS c5
          FROM answers WHERE response_id = NEW.id AND value IS NOT NULL GROUP BY item_key) a
      JOIN (SELECT 'p' AS kind UNION ALL SELECT 'q') k
    WHERE k.kind || ':' || iif(k.kind = 'p', NEW.procedure_id, NEW.counter_id) IS NOT NULL
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM facet_daily_counts WHERE unit_id = OLD.unit_id AND facet IN ('p:' || OLD.procedure_id, 'q:' || OLD.counter_id)
    AND day = OLD.local_day AND instrument_id = OLD.instrument_id AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
-- The procedure facets, pooled per node and month, follow the units' daily facets.
CREATE TRIGGER `facet_daily_counts_monthly_insert` AFTER INSERT ON `facet_daily_counts` WHEN NEW.facet LIKE 'p:%' BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_monthly_count` AFTER UPDATE ON `facet_daily_counts` WHEN NEW.facet LIKE 'p:%' AND OLD.unit_id = NEW.unit_id AND OLD.facet = NEW.facet AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1 - OLD.c1, NEW.c2 - OLD.c2, NEW.c3 - OLD.c3, NEW.c4 - OLD.c4, NEW.c5 - OLD.c5
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE (NEW.c1 < OLD.c1 OR NEW.c2 < OLD.c2 OR NEW.c3 < OLD.c3 OR NEW.c4 < OLD.c4 OR NEW.c5 < OLD.c5) AND node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = NEW.unit_id)
    AND facet = NEW.facet AND month = substr(NEW.day, 1, 7) AND instrument_id = NEW.instrument_id
    AND item_key = NEW.item_key AND flagged = NEW.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_monthly_rekey` AFTER UPDATE ON `facet_daily_counts` WHEN (OLD.facet LIKE 'p:%' OR NEW.facet LIKE 'p:%') AND NOT (OLD.unit_id = NEW.unit_id AND OLD.facet = NEW.facet AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged) BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, OLD.facet, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id AND OLD.facet LIKE 'p:%'
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5
    FROM rollup_paths p WHERE p.unit_id = NEW.unit_id AND NEW.facet LIKE 'p:%'
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND facet = OLD.facet AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id
    AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_daily_counts_monthly_delete` AFTER DELETE ON `facet_daily_counts` WHEN OLD.facet LIKE 'p:%' BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    SELECT p.node_id, OLD.facet, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5
    FROM rollup_paths p WHERE p.unit_id = OLD.unit_id
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE node_id IN (SELECT node_id FROM rollup_paths WHERE unit_id = OLD.unit_id)
    AND facet = OLD.facet AND month = substr(OLD.day, 1, 7) AND instrument_id = OLD.instrument_id
    AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
-- The channel facets' monthly rollup follows their daily one.
CREATE TRIGGER `rollup_facet_daily_monthly_insert` AFTER INSERT ON `rollup_facet_daily_counts` BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_facet_daily_monthly_count` AFTER UPDATE ON `rollup_facet_daily_counts` WHEN OLD.node_id = NEW.node_id AND OLD.facet = NEW.facet AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1 - OLD.c1, NEW.c2 - OLD.c2, NEW.c3 - OLD.c3, NEW.c4 - OLD.c4, NEW.c5 - OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE (NEW.c1 < OLD.c1 OR NEW.c2 < OLD.c2 OR NEW.c3 < OLD.c3 OR NEW.c4 < OLD.c4 OR NEW.c5 < OLD.c5)
    AND node_id = NEW.node_id AND facet = NEW.facet AND month = substr(NEW.day, 1, 7)
    AND instrument_id = NEW.instrument_id AND item_key = NEW.item_key AND flagged = NEW.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_facet_daily_monthly_rekey` AFTER UPDATE ON `rollup_facet_daily_counts` WHEN NOT (OLD.node_id = NEW.node_id AND OLD.facet = NEW.facet AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged) BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (OLD.node_id, OLD.facet, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, NEW.facet, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1, NEW.c2, NEW.c3, NEW.c4, NEW.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE node_id = OLD.node_id AND facet = OLD.facet AND month = substr(OLD.day, 1, 7)
    AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `rollup_facet_daily_monthly_delete` AFTER DELETE ON `rollup_facet_daily_counts` BEGIN
  INSERT INTO rollup_facet_monthly_counts (node_id, facet, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (OLD.node_id, OLD.facet, substr(OLD.day, 1, 7), OLD.instrument_id, OLD.item_key, OLD.flagged, -OLD.c1, -OLD.c2, -OLD.c3, -OLD.c4, -OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_facet_monthly_counts WHERE node_id = OLD.node_id AND facet = OLD.facet AND month = substr(OLD.day, 1, 7)
    AND instrument_id = OLD.instrument_id AND item_key = OLD.item_key AND flagged = OLD.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
-- The subtree rollups' monthly trigger looks for emptied rows only when a count went down (an answer
-- only adds): one statement less per level of each answer.
DROP TRIGGER `rollup_daily_counts_monthly_count`;
--> statement-breakpoint
CREATE TRIGGER `rollup_daily_counts_monthly_count` AFTER UPDATE ON `rollup_daily_counts` WHEN OLD.node_id = NEW.node_id AND OLD.day = NEW.day AND OLD.instrument_id = NEW.instrument_id AND OLD.item_key = NEW.item_key AND OLD.flagged = NEW.flagged BEGIN
  INSERT INTO rollup_monthly_counts (node_id, month, instrument_id, item_key, flagged, c1, c2, c3, c4, c5)
    VALUES (NEW.node_id, substr(NEW.day, 1, 7), NEW.instrument_id, NEW.item_key, NEW.flagged, NEW.c1 - OLD.c1, NEW.c2 - OLD.c2, NEW.c3 - OLD.c3, NEW.c4 - OLD.c4, NEW.c5 - OLD.c5)
    ON CONFLICT DO UPDATE SET c1 = c1 + excluded.c1, c2 = c2 + excluded.c2, c3 = c3 + excluded.c3, c4 = c4 + excluded.c4, c5 = c5 + excluded.c5;
  DELETE FROM rollup_monthly_counts WHERE (NEW.c1 < OLD.c1 OR NEW.c2 < OLD.c2 OR NEW.c3 < OLD.c3 OR NEW.c4 < OLD.c4 OR NEW.c5 < OLD.c5)
    AND node_id = NEW.node_id AND month = substr(NEW.day, 1, 7)
    AND instrument_id = NEW.instrument_id AND item_key = NEW.item_key AND flagged = NEW.flagged AND c1 = 0 AND c2 = 0 AND c3 = 0 AND c4 = 0 AND c5 = 0;
END;
--> statement-breakpoint
UPDATE `rollup_state` SET `valid` = 0;
