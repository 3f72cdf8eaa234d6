package dev.showpage.cli;

import dev.showpage.DateOrder;

/** The {@code --date-order} values. */
enum DateOrderOption {
    MDY(DateOrder.MONTH_DAY_YEAR),
    DMY(DateOrder.DAY_MONTH_YEAR),
    YMD(DateOrder.YEAR_MONTH_DAY);

    final DateOrder order;

    DateOrderOption(DateOrder order) {
        this.order = order;
    }
}
