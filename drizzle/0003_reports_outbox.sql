CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`lang` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`retry_until` integer NOT NULL,
	`sending_since` integer,
	`message_id` text,
	`response` text,
	`message` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_outbox_run_recipient_uq` ON `mail_outbox` (`run_id`,`recipient`);--> statement-breakpoint
CREATE INDEX `mail_outbox_state_idx` ON `mail_outbox` (`state`);--> statement-breakpoint
CREATE TABLE `schedule_enablement` (
	`job` text PRIMARY KEY NOT NULL,
	`enabled_at` integer NOT NULL
);
