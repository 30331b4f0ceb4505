ALTER TABLE `readiness_respondent` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `readiness_round` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `program_component` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `rollout_task` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `team_member` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `training_session` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `budget` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `funding_stream` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `ledger_entry` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `service_category` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `family_barrier` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `family_service` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `joint_meeting` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `logic_model` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `mutual_family` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Every write moves the version on, even one that did not set it (an undo writes the old image).
CREATE TRIGGER `readiness_respondent_version` AFTER UPDATE ON `readiness_respondent` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `readiness_respondent` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `readiness_round_version` AFTER UPDATE ON `readiness_round` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `readiness_round` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `program_component_version` AFTER UPDATE ON `program_component` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `program_component` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `rollout_task_version` AFTER UPDATE ON `rollout_task` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `rollout_task` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `team_member_version` AFTER UPDATE ON `team_member` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `team_member` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `training_session_version` AFTER UPDATE ON `training_session` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `training_session` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `budget_version` AFTER UPDATE ON `budget` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `budget` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `funding_stream_version` AFTER UPDATE ON `funding_stream` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `funding_stream` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `ledger_entry_version` AFTER UPDATE ON `ledger_entry` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `ledger_entry` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `service_category_version` AFTER UPDATE ON `service_category` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `service_category` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `family_barrier_version` AFTER UPDATE ON `family_barrier` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `family_barrier` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `family_service_version` AFTER UPDATE ON `family_service` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `family_service` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `joint_meeting_version` AFTER UPDATE ON `joint_meeting` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `joint_meeting` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `logic_model_version` AFTER UPDATE ON `logic_model` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `logic_model` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;--> statement-breakpoint
CREATE TRIGGER `mutual_family_version` AFTER UPDATE ON `mutual_family` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `mutual_family` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;
