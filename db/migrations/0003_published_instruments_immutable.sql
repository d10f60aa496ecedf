-- A published instrument version is never edited, only replaced by a new version: responses point at it.
CREATE TRIGGER `instruments_published_immutable`
BEFORE UPDATE OF `definition`, `key`, `version`, `unit_id` ON `instruments`
WHEN OLD.`status` <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'published instrument versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `instruments_published_undeletable`
BEFORE DELETE ON `instruments`
WHEN OLD.`status` <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'published instrument versions cannot be deleted');
END;
