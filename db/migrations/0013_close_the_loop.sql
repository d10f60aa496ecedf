CREATE TABLE `notification_preferences` (
	`user_id` text PRIMARY KEY NOT NULL,
	`new_feedback` integer DEFAULT false NOT NULL,
	`daily_digest` integer DEFAULT false NOT NULL,
	`drop_alert` integer DEFAULT false NOT NULL,
	`drop_points` integer DEFAULT 10 NOT NULL,
	`lang` text DEFAULT 'vi' NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`feedback_id` integer,
	`user_id` text,
	`dedupe_key` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`feedback_id`) REFERENCES `feedback`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_unique` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_feedback_idx` ON `outbox` (`feedback_id`);--> statement-breakpoint
ALTER TABLE `feedback` ADD `lang` text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
ALTER TABLE `feedback` ADD `reference` text;--> statement-breakpoint
ALTER TABLE `feedback` ADD `tracking_token_hash` text;--> statement-breakpoint
ALTER TABLE `feedback` ADD `due_at` integer;--> statement-breakpoint
ALTER TABLE `feedback` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `feedback` ADD `contact_erased_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_reference_unique` ON `feedback` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_tracking_token_hash_unique` ON `feedback` (`tracking_token_hash`);--> statement-breakpoint
CREATE INDEX `feedback_due_idx` ON `feedback` (`status`,`due_at`);--> statement-breakpoint
-- Items from before working days: due 14 calendar days after receipt (10 working days, weekends only).
UPDATE `feedback` SET `due_at` = `created_at` + 14 * 86400000 WHERE `due_at` IS NULL;--> statement-breakpoint
UPDATE `feedback` SET `closed_at` = `updated_at` WHERE `status` = 'closed' AND `closed_at` IS NULL;
