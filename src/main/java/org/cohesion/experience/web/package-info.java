/**
 * The pages of experience sheets (catalogue and group list, a sheet, its editing, comparison). Call
 * only this feature's application services.
 */
package org.cohesion.experience.web;
