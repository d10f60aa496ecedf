ALTER TABLE `devices` ALTER COLUMN "reset_seconds" TO "reset_seconds" integer NOT NULL DEFAULT 5;--> statement-breakpoint
-- 30 s was the old default, pre-filled in the device form: such devices get the new default. Any other
-- value was chosen by an administrator and is kept (below the new minimum of 5 s none can exist).
UPDATE `devices` SET `reset_seconds` = 5 WHERE `reset_seconds` = 30;
