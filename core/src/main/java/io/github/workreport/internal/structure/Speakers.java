package io.github.workreport.internal.structure;

import java.util.List;

/** Recognises a speaker line: an office followed by a personal name (市长 束克之, 国务院总理 李强). */
final class Speakers {

    private static final List<String> OFFICES = List.of("国务院总理", "国务院副总理", "副总理", "总理", "自治区主席", "代主席", "主席",
            "代省长", "省长", "代市长", "副市长", "市长", "代区长", "区长", "代县长", "县长", "代旗长", "旗长", "盟长", "州长",
            "主任", "局长", "厅长", "委员长", "部长");

    private Speakers() {
    }

    /** Whether a compacted line ends with an office (国务院总理, 市长). */
    static boolean endsWithOffice(String c) {
        if (c.length() > 30) {
            return false;
        }
        for (String o : OFFICES) {
            if (c.endsWith(o)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a compacted line is a personal name alone: two to four Han characters. */
    static boolean isName(String c) {
        if (c.length() < 2 || c.length() > 4) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (!Character.isIdeographic(c.charAt(i))) {
                return false;
            }
        }
        return true;
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
            int skip = 0;
            while (skip < name.length() && skip < 2 && "?？·•:：　".indexOf(name.charAt(skip)) >= 0) {
                skip++; // 国务院总理?李克强: a separator lost in decoding
            }
            name = name.substring(skip);
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
                int from = Math.max(c.lastIndexOf("会议上"), c.lastIndexOf("会议"));
                from = from < 0 ? 0 : c.startsWith("会议上", from) ? from + 3 : from + 2;
                return new String[] {c.substring(Math.min(from, at), at + o.length()), name};
            }
        }
        return null;
    }
}
