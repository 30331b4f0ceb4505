CREATE TABLE `family_barrier` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family_id` integer NOT NULL,
	`kind` text NOT NULL,
	`opened_on` text NOT NULL,
	`resolved_on` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `mutual_family`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "family_barrier_kind" CHECK("family_barrier"."kind" IN ('sanction', 'housing', 'mental-health', 'alcohol-drugs', 'domestic-violence', 'child-care', 'transportation')),
	CONSTRAINT "family_barrier_dates" CHECK("family_barrier"."resolved_on" IS NULL OR "family_barrier"."resolved_on" >= "family_barrier"."opened_on")
);
--> statement-breakpoint
CREATE TABLE `joint_meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family_id` integer NOT NULL,
	`date` text NOT NULL,
	`calworks_attended` integer NOT NULL,
	`cws_attended` integer NOT NULL,
	`others_attended` text DEFAULT '' NOT NULL,
	`decisions` text DEFAULT '' NOT NULL,
	`next_review_due` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `mutual_family`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "joint_meeting_review" CHECK("joint_meeting"."next_review_due" IS NULL OR "joint_meeting"."next_review_due" >= "joint_meeting"."date")
);
--> statement-breakpoint
ALTER TABLE `mutual_family` ADD `coordinated_plan_on` text;--> statement-breakpoint
ALTER TABLE `mutual_family` ADD `wtw_aligned` integer;--> statement-breakpoint
ALTER TABLE `mutual_family` ADD `wtw_aligned_note` text DEFAULT '' NOT NULL;