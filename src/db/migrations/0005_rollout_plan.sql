CREATE TABLE `rollout_dependency` (
	`task_id` integer NOT NULL,
	`depends_on_id` integer NOT NULL,
	PRIMARY KEY(`task_id`, `depends_on_id`),
	FOREIGN KEY (`task_id`) REFERENCES `rollout_task`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`depends_on_id`) REFERENCES `rollout_task`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rollout_dependency_target_idx` ON `rollout_dependency` (`depends_on_id`);--> statement-breakpoint
CREATE TABLE `rollout_task` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`title` text NOT NULL,
	`roadmap_step` text NOT NULL,
	`stage` text NOT NULL,
	`owner_role` text DEFAULT '' NOT NULL,
	`program` text NOT NULL,
	`start_date` text,
	`due_date` text,
	`status` text NOT NULL,
	`component_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rollout_task_dates" CHECK("rollout_task"."due_date" IS NULL OR "rollout_task"."start_date" IS NULL OR "rollout_task"."due_date" >= "rollout_task"."start_date")
);
--> statement-breakpoint
CREATE INDEX `rollout_task_county_idx` ON `rollout_task` (`county_id`,`due_date`);