/**
 * Pages of the document centre (/tools/*.xhtml, /admin/thesaurus.xhtml), the concept picker's
 * converter and the download servlet (/tools/file/…), which serves files as attachments after the
 * service has checked the caller. May use tools.application, tools.domain and platform.
 */
package org.cohesion.tools.web;
