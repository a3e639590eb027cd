package io.github.workreport.formats;

/** Small text helpers shared by the readers. */
final class Text {

    private Text() {
    }

    /**
     * Each line without its indentation and trailing white space (ideographic, em and
     * non-breaking spaces included): indentation is layout, and a heading's number must open
     * its line.
     */
    static String stripIndent(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i <= n) {
            int nl = s.indexOf('\n', i);
            int e = nl < 0 ? n : nl;
            int a = i;
            while (a < e && isSpace(s.charAt(a))) {
                a++;
            }
            int b = e;
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            sb.append(s, a, b);
            if (nl < 0) {
                break;
            }
            sb.append('\n');
            i = nl + 1;
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
