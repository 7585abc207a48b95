/**
 * The admin's import page: upload a file from the company's systems, follow its progress, read the
 * report and resolve the conflicts with what customers corrected; and the command for the nightly job.
 */
@NullMarked
package be.cloudgroup.privacy.ui.intake;

import org.jspecify.annotations.NullMarked;
