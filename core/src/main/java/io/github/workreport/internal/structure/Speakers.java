package io.github.workreport.internal.structure;

import java.util.List;

/** Recognises a speaker line: an office followed by a personal name (市长 束克之, 国务院总理 李强). */
final class Speakers {

    private static final List<String> OFFICES = List.of("国务院总理", "国务院副总理", "副总理", "总理", "自治区主席", "代主席", "主席",
            "代省长", "省长", "代市长", "副市长", "市长", "代区长", "区长", "代县长", "县长", "代旗长", "旗长", "盟长", "州长",
            "主任", "局长", "厅长", "委员长", "部长");

    private Speakers() {
    }

    /** {office, name} found in a compacted line, or null. */
    static String[] find(String c) {
        if (c.length() > 40 || c.length() < 3) {
            return null;
        }
        for (String o : OFFICES) {
            int at = c.lastIndexOf(o);
            if (at < 0) {
                continue;
            }
            String name = c.substring(at + o.length());
            int nl = name.length();
            if (nl < 2 || nl > 4) {
                continue;
            }
            boolean han = true;
            for (int i = 0; i < nl; i++) {
                if (!Character.isIdeographic(name.charAt(i))) {
                    han = false;
                    break;
                }
            }
            if (han && !name.contains("会议") && !name.contains("报告")) {
                return new String[] {c.substring(0, at + o.length()), name};
            }
        }
        return null;
    }
}
