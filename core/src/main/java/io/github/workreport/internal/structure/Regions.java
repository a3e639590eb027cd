package io.github.workreport.internal.structure;

import io.github.workreport.AdminLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds administrative-unit names (济南市, 内蒙古自治区, 海拉尔区) in short header strings. */
final class Regions {

    private static final List<String> LONG_SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区");
    private static final String SUFFIX_CHARS = "省市县区旗盟州";
    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "上海市", "天津市", "重庆市");
    private static final Set<String> NOT_NAMES = Set.of("城市", "全市", "本市", "我市", "该市", "全区", "全县", "全省", "我省", "我区",
            "我县", "市区", "城区", "县区", "区县", "园区", "社区", "景区", "街区", "片区", "山区", "库区", "港区", "小区", "新市",
            "各省", "各市", "各县", "各区", "省市", "都市", "超市", "上市", "城乡区", "辖区", "市县", "省区");

    private Regions() {
    }

    /** The last administrative unit in {@code s} (parents dropped), or null. */
    static String lastUnit(String s) {
        List<String> units = units(s);
        return units.isEmpty() ? null : units.get(units.size() - 1);
    }

    /** Administrative units in order; a chain such as 呼伦贝尔市海拉尔区 gives both. */
    static List<String> units(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        int tokenStart = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (!isNameChar(c)) {
                tokenStart = -1;
                i++;
                continue;
            }
            if (tokenStart < 0) {
                tokenStart = i;
            }
            String longSuffix = null;
            for (String ls : LONG_SUFFIXES) {
                if (s.startsWith(ls, i)) {
                    longSuffix = ls;
                    break;
                }
            }
            int suffixEnd = -1;
            if (longSuffix != null && i - tokenStart >= 2) {
                suffixEnd = i + longSuffix.length();
            } else if (SUFFIX_CHARS.indexOf(c) >= 0 && i - tokenStart >= 1) {
                // 州 followed by 市 (广州市) is part of the name
                if (i + 1 < n && SUFFIX_CHARS.indexOf(s.charAt(i + 1)) >= 0 && c == '州') {
                    i++;
                    continue;
                }
                suffixEnd = i + 1;
            }
            if (suffixEnd > 0) {
                String unit = s.substring(tokenStart, suffixEnd);
                if (unit.length() >= 2 && unit.length() <= 12 && !NOT_NAMES.contains(unit) && !badStart(unit)) {
                    out.add(unit);
                    tokenStart = suffixEnd;
                } else {
                    tokenStart = -1;
                }
                i = suffixEnd;
                continue;
            }
            i++;
        }
        return out;
    }

    private static boolean badStart(String unit) {
        char c = unit.charAt(0);
        return c == '在' || c == '于' || c == '和' || c == '的' || c == '向' || c == '为' || c == '届';
    }

    private static boolean isNameChar(char c) {
        return Character.isIdeographic(c) && c != '年' && c != '届' && c != '第' && "关于在和与及的度".indexOf(c) < 0;
    }

    /** The level a unit's name implies, or null for a 市 that may be prefecture- or county-level. */
    static AdminLevel levelOf(String region) {
        if (region == null) {
            return null;
        }
        if (region.equals("全国")) {
            return AdminLevel.NATIONAL;
        }
        if (MUNICIPALITIES.contains(region) || region.endsWith("省") || region.endsWith("自治区")
                || region.endsWith("特别行政区")) {
            return AdminLevel.PROVINCE;
        }
        if (region.endsWith("县") || region.endsWith("旗")) {
            return AdminLevel.COUNTY;
        }
        if (region.endsWith("区")) {
            return region.endsWith("地区") ? AdminLevel.CITY : AdminLevel.DISTRICT;
        }
        if (region.endsWith("州") || region.endsWith("盟")) {
            return AdminLevel.CITY;
        }
        if (region.endsWith("市")) {
            return Prefectures.NAMES.contains(region.substring(0, region.length() - 1)) ? AdminLevel.CITY : AdminLevel.COUNTY;
        }
        return null;
    }

    /**
     * The unit a text names most often: a name with its suffix seen at least twice, else a
     * prefecture-level city's bare name seen at least three times; null when neither.
     */
    static String mostMentioned(String body) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String u : units(body)) {
            if (u.length() >= 3 && !u.endsWith("区") && "居全我本该各两在对向于为以据及和与的是把被由从将其".indexOf(u.charAt(0)) < 0
                    && u.indexOf('全') < 0) {
                counts.merge(u, 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestN || (e.getValue() == bestN && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        int top = 2;
        for (String name : Prefectures.NAMES) {
            int n = 0;
            int at = body.indexOf(name);
            while (at >= 0 && n < 1000) {
                n++;
                at = body.indexOf(name, at + name.length());
            }
            if (n > top || (n == top && best != null && name.compareTo(best.substring(0, best.length() - 1)) < 0)) {
                top = n;
                best = name + "市";
            }
        }
        return best;
    }


    /** The prefecture-level cities, read once from prefecture-cities.txt. */
    private static final class Prefectures {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            Set<String> out = new HashSet<>();
            try (InputStream in = Regions.class.getResourceAsStream("prefecture-cities.txt")) {
                if (in == null) {
                    throw new IllegalStateException("prefecture-cities.txt missing from the workreport-core jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    for (String n : line.substring(colon + 1).trim().split("\\s+")) {
                        if (!n.isEmpty()) {
                            out.add(n);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prefecture-cities.txt", e);
            }
            return Set.copyOf(out);
        }
    }
}
