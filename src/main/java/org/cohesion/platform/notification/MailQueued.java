package org.cohesion.platform.notification;

/** Fired when a transaction queued emails: once it commits, the relay sends them. */
record MailQueued(int count) {}
