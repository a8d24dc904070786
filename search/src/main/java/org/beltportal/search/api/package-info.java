/** The public search HTTP API: {@code GET /api/v1/search} per portal and the platform's national search. */
package org.beltportal.search.api;
