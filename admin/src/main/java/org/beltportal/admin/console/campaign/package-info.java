/**
 * The campaign screens of the console: the festival calendar (month and year, several belts side by side),
 * the campaign editor, the review queue and the preview in time. They call the services the JSON API calls
 * ({@code CampaignService}, {@code CampaignWorkflow}) with the same rights.
 */
package org.beltportal.admin.console.campaign;
