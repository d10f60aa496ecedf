CREATE TABLE `bursts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`short_link_code` text,
	`window_minutes` integer NOT NULL,
	`threshold` integer NOT NULL,
	`baseline` integer NOT NULL,
	`started_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`open_until` integer NOT NULL,
	`held` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`short_link_code`) REFERENCES `short_links`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bursts_unit_started_idx` ON `bursts` (`unit_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `bursts_open_idx` ON `bursts` (`unit_id`,`open_until`) WHERE status = 'pending';--> statement-breakpoint
ALTER TABLE `devices` ADD `activation_token_hash` text;--> statement-breakpoint
ALTER TABLE `devices` ADD `activated_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `devices_activation_token_hash_unique` ON `devices` (`activation_token_hash`);--> statement-breakpoint
ALTER TABLE `rate_counters` ADD `previous_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `rate_counters` ADD `window_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `burst_id` integer REFERENCES bursts(id);--> statement-breakpoint
CREATE INDEX `responses_counted_recent_idx` ON `responses` (`unit_id`,`submitted_at`,`short_link_code`) WHERE flagged = 0;--> statement-breakpoint
CREATE INDEX `responses_burst_idx` ON `responses` (`burst_id`) WHERE burst_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `responses_flagged_day_idx` ON `responses` (`local_day`,`unit_id`) WHERE flagged = 1;--> statement-breakpoint
INSERT INTO `audit_log` (`user_id`, `action`, `entity`, `entity_id`, `unit_id`, `details`)
  SELECT NULL, 'role.migrate', 'user', ra.user_id, ra.unit_id,
    json_object('from', 'system_admin', 'to', 'unit_admin', 'reason', 'system administrator exists only at the root')
  FROM role_assignments ra JOIN units u ON u.id = ra.unit_id
  WHERE ra.role = 'system_admin' AND u.parent_id IS NOT NULL;
--> statement-breakpoint
DELETE FROM `role_assignments` WHERE role = 'system_admin'
  AND unit_id IN (SELECT id FROM units WHERE parent_id IS NOT NULL)
  AND EXISTS (SELECT 1 FROM role_assignments o WHERE o.user_id = role_assignments.user_id
    AND o.unit_id = role_assignments.unit_id AND o.role = 'unit_admin');
--> statement-breakpoint
UPDATE `role_assignments` SET role = 'unit_admin'
  WHERE role = 'system_admin' AND unit_id IN (SELECT id FROM units WHERE parent_id IS NOT NULL);
--> statement-breakpoint
CREATE TRIGGER `role_assignments_system_admin_insert` BEFORE INSERT ON `role_assignments`
  WHEN NEW.role = 'system_admin' AND (SELECT parent_id FROM units WHERE id = NEW.unit_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'system_admin is granted only on a root unit');
END;
--> statement-breakpoint
CREATE TRIGGER `role_assignments_system_admin_update` BEFORE UPDATE ON `role_assignments`
  WHEN NEW.role = 'system_admin' AND (SELECT parent_id FROM units WHERE id = NEW.unit_id) IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'system_admin is granted only on a root unit');
END;
--> statement-breakpoint
DELETE FROM `rate_counters` WHERE key LIKE 'sign-in:client:%' OR key LIKE 'link:%';
--> statement-breakpoint
DELETE FROM `rate_limit`;
--> statement-breakpoint
UPDATE `session` SET ip_address = NULL WHERE ip_address IS NOT NULL;
--> statement-breakpoint
UPDATE `audit_log` SET details = json_remove(details, '$.address') WHERE json_type(details, '$.address') IS NOT NULL;
--> statement-breakpoint
UPDATE `devices` SET activated_at = created_at WHERE activated_at IS NULL;
