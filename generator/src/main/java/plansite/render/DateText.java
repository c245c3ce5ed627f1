package plansite.render;

import java.time.LocalDate;

/** A date as readers of each language write it: 2023年7月10日, 10 July 2023; ISO otherwise. */
final class DateText {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private DateText() {}

    static String format(LocalDate date, String lang) {
        return switch (lang) {
            case "zh" -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case "en" -> date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
            default -> date.toString();
        };
    }
}
