ALTER TABLE `procedures` DROP COLUMN `level`;--> statement-breakpoint
ALTER TABLE `procedure_versions` ADD `effective_stated` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `procedures` ADD `has_national_code` integer DEFAULT true NOT NULL;
