/**
 * "My privacy", the customer's home: a live summary per area of the portal.
 */
package be.cloudgroup.privacy.dashboard;
