CREATE INDEX `dossiers_unit_received_idx` ON `dossiers` (`unit_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `responses_procedure_day_idx` ON `responses` (`procedure_id`,`local_day`);--> statement-breakpoint
CREATE INDEX `responses_counter_day_idx` ON `responses` (`counter_id`,`local_day`);