/**
 * Buyer inquiries: a buyer asks a portal about one of its active products. Submissions are cleaned and
 * validated, rate-limited per client address and per portal, and stored with only a salted hash of the
 * client address; operators page through them and mark each one handled or spam.
 */
package org.beltportal.core.inquiry;
