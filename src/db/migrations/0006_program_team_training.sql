CREATE TABLE `team_member` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`role` text NOT NULL,
	`program` text NOT NULL,
	`role_label` text NOT NULL,
	`contact_notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "team_member_program" CHECK("team_member"."program" IN ('calworks', 'cws', 'partner'))
);
--> statement-breakpoint
CREATE INDEX `team_member_county_idx` ON `team_member` (`county_id`);--> statement-breakpoint
CREATE TABLE `training_session` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`topic` text NOT NULL,
	`curriculum` text DEFAULT '' NOT NULL,
	`minutes` integer NOT NULL,
	`calworks_attendees` integer DEFAULT 0 NOT NULL,
	`cws_attendees` integer DEFAULT 0 NOT NULL,
	`partner_attendees` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "training_session_minutes" CHECK("training_session"."minutes" > 0),
	CONSTRAINT "training_session_attendees" CHECK("training_session"."calworks_attendees" >= 0 AND "training_session"."cws_attendees" >= 0 AND "training_session"."partner_attendees" >= 0)
);
--> statement-breakpoint
CREATE INDEX `training_session_county_idx` ON `training_session` (`county_id`,`held_on`);--> statement-breakpoint
ALTER TABLE `audit_event` ADD `undoes_event_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `audit_event_undoes_idx` ON `audit_event` (`undoes_event_id`);