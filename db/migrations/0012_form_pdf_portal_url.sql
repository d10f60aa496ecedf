ALTER TABLE `forms` ADD `pdf_data` blob;--> statement-breakpoint
ALTER TABLE `forms` ADD `pdf_size` integer;--> statement-breakpoint
ALTER TABLE `forms` ADD `pdf_sha256` text;--> statement-breakpoint
ALTER TABLE `procedures` ADD `portal_url` text;