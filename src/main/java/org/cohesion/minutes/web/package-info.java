/**
 * Pages of meetings and minutes, the minutes links on the group and bodies pages, and the calendar
 * feed servlet. May use minutes.application and minutes.domain, workspace's and network's
 * application and domain (the group or body, the pickers), decisions.domain (a decision's title on
 * the minutes), and platform.
 */
package org.cohesion.minutes.web;
