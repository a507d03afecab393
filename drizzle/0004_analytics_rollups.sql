CREATE TABLE `booking_delay_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`delay` integer,
	`bookings` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `booking_delay_days_day_idx` ON `booking_delay_days` (`company_id`,`day`);--> statement-breakpoint
CREATE INDEX `booking_delay_days_delay_idx` ON `booking_delay_days` (`company_id`,`delay`,`day`,`bookings`);--> statement-breakpoint
CREATE TABLE `booking_driver_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`driver_id` integer NOT NULL,
	`bookings` integer NOT NULL,
	`served` integer NOT NULL,
	`on_time` integer NOT NULL,
	`cancelled` integer NOT NULL,
	`delay_minutes` real NOT NULL,
	`meters` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_driver_days_uq` ON `booking_driver_days` (`company_id`,`day`,`driver_id`);--> statement-breakpoint
CREATE TABLE `booking_facility_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`facility` text,
	`bookings` integer NOT NULL,
	`served` integer NOT NULL,
	`on_time` integer NOT NULL,
	`cancelled` integer NOT NULL,
	`delay_minutes` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `booking_facility_days_idx` ON `booking_facility_days` (`company_id`,`day`);--> statement-breakpoint
CREATE TABLE `booking_hour_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`hour` integer NOT NULL,
	`bookings` integer NOT NULL,
	`served` integer NOT NULL,
	`delay_minutes` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_hour_days_uq` ON `booking_hour_days` (`company_id`,`day`,`hour`);--> statement-breakpoint
CREATE TABLE `booking_rollup_state` (
	`company_id` integer PRIMARY KEY NOT NULL,
	`on_time_threshold_minutes` integer NOT NULL,
	`built_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `booking_status_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`status` text NOT NULL,
	`bookings` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `booking_status_days_day_idx` ON `booking_status_days` (`company_id`,`day`,`status`,`bookings`);--> statement-breakpoint
CREATE INDEX `booking_status_days_status_idx` ON `booking_status_days` (`company_id`,`status`,`day`,`bookings`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `bookings_live_delay_idx` ON `bookings` (`company_id`,(CASE WHEN status = 'canceled' OR boarded_at IS NULL THEN NULL WHEN scheduled_at IS NULL OR boarded_at <= scheduled_at THEN 0 ELSE (boarded_at - scheduled_at) / 60000 END),`day`,`scheduled_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `bookings_live_status_idx` ON `bookings` (`company_id`,`status`,`day`,`scheduled_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `bookings_live_driver_idx` ON `bookings` (`company_id`,`driver_id`,`day`,`scheduled_at`) WHERE deleted_at IS NULL;