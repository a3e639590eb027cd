package io.github.workreport;

/** The administrative level of the region a report speaks for. */
public enum AdminLevel {
    /** The State Council's national report. */
    NATIONAL("national"),
    /** Provinces, autonomous regions and the four municipalities. */
    PROVINCE("province"),
    /** Prefecture-level cities, 地区, 自治州, 盟. */
    CITY("city"),
    /** Counties, county-level cities, 旗. */
    COUNTY("county"),
    /** City districts. */
    DISTRICT("district");

    private final String code;

    AdminLevel(String code) {
        this.code = code;
    }

    /** The code used in the JSON contract. */
    public String code() {
        return code;
    }
}
