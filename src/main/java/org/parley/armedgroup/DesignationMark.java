package org.parley.armedgroup;

import java.time.LocalDate;

/**
 * A designation in force, as a list or a choice of groups marks the group: who and since
 * when (decision 0024).
 */
public record DesignationMark(DesignationAuthority authority, LocalDate listedOn) {
}
