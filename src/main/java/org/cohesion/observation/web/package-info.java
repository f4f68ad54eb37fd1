/** Pages of the observatory (/observation/*.xhtml), their charts (Chart.js JSON) and exports. */
package org.cohesion.observation.web;
