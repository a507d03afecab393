-- Service time per driver (docs/analytics.md#service-time): the trips that have one and their durations in
-- milliseconds, per driver per day; and the index the trips of one medical facility are found by (the Facilities
-- drill-down).
ALTER TABLE `booking_driver_days` ADD `service_trips` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `booking_driver_days` ADD `service_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `bookings_live_facility_idx` ON `bookings` (`company_id`,`medical_facility`,`day`,`scheduled_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- The existing rollup rows have no service sums yet: marked unbuilt, so the readers sum the bookings until the
-- next aggregation (a sync, `aggregate`) rebuilds every rollup once (aggregate-service.ts).
DELETE FROM `booking_rollup_state`;
