package org.parley.armedgroup;

/**
 * Who designated a group (decision 0024): the US State Department as a Foreign Terrorist
 * Organization or a Specially Designated Global Terrorist, the US Treasury's Office of
 * Foreign Assets Control, the UN Security Council, the European Union, a country's law or
 * its courts, or another authority named in the listing.
 */
public enum DesignationAuthority {

	US_STATE_FTO, US_STATE_SDGT, US_TREASURY_OFAC, UN_SECURITY_COUNCIL, EU, NATIONAL_LAW, NATIONAL_COURT, OTHER

}
