/**
 * The OpenAPI 3.1 description of the admin and public JSON APIs, served at {@code /v3/api-docs} by springdoc
 * (decision 0025). springdoc reads shapes from the handlers' signatures; what a signature cannot say (the
 * error body and the statuses every API shares, the security schemes, where the public API lives) is added
 * here, once, by convention, so that a new handler is described the day it is added.
 */
package org.beltportal.admin.apidocs;
