/**
 * The pages of experience sheets (/experience/*.xhtml: catalogue and group list, a sheet, its
 * editing, a part's history, comparison). May use experience.application, experience.domain and
 * platform.
 */
package org.cohesion.experience.web;
