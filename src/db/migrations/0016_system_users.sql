CREATE TABLE `app_user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_name` text NOT NULL,
	`user_key` text NOT NULL,
	`display_name` text DEFAULT '' NOT NULL,
	`password_hash` text,
	`password_changed_at` text,
	`oidc_issuer` text,
	`oidc_subject` text,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "app_user_key" CHECK("app_user"."user_key" = lower("app_user"."user_name")),
	CONSTRAINT "app_user_oidc_pair" CHECK(("app_user"."oidc_issuer" IS NULL) = ("app_user"."oidc_subject" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `app_user_key_idx` ON `app_user` (`user_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `app_user_oidc_idx` ON `app_user` (`oidc_issuer`,`oidc_subject`);--> statement-breakpoint
CREATE TABLE `user_role` (
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`county_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `app_user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "user_role_role" CHECK("user_role"."role" IN ('coordinator', 'fiscal', 'calworks', 'cws', 'analyst', 'supervisor', 'oversight', 'administrator'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_role_county_idx` ON `user_role` (`user_id`,`role`,`county_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `user_role_every_county_idx` ON `user_role` (`user_id`,`role`) WHERE "user_role"."county_id" IS NULL;--> statement-breakpoint
CREATE TABLE `user_session` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`ip` text DEFAULT '' NOT NULL,
	`user_agent` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `app_user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `user_session_user_idx` ON `user_session` (`user_id`);--> statement-breakpoint
CREATE INDEX `user_session_expires_idx` ON `user_session` (`expires_at`);--> statement-breakpoint
-- As 0015 does for every editable record: every write moves the version on, even one that did not set it.
CREATE TRIGGER `app_user_version` AFTER UPDATE ON `app_user` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `app_user` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;
