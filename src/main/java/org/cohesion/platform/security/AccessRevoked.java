package org.cohesion.platform.security;

/**
 * Fired, synchronously and inside the transaction that makes the change, when a member's account is
 * deactivated or their password reset by an administrator: whatever stands for the member without a
 * session (the calendar feed's token) must stop working in that same transaction.
 */
public record AccessRevoked(long memberId) {}
