package org.cohesion.platform.demo;

/**
 * Fired once, in the demo profile, when the demo year is to be seeded. Each feature observes it
 * with a {@code @Priority} that puts it after what it builds on: network (100: people, bodies,
 * calendar), workspace (200: groups), decisions (300), minutes (400: they name the decisions'
 * meetings), observation (500: dashboards pinned to groups). Every observer runs in a transaction
 * of its own and loads nothing if its part is already there.
 */
public record DemoSeeding() {}
