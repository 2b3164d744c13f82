-- Counter sales at the consignment outlet (issue 7) join the dashboard: sales and their gross per
-- consignor's area, and the QRIS ones among them for the cashless share.
ALTER TABLE dashboard_figure
    ADD COLUMN outlet_sales        INT    NOT NULL DEFAULT 0,
    ADD COLUMN outlet_sales_qris   INT    NOT NULL DEFAULT 0,
    ADD COLUMN outlet_gross_rupiah BIGINT NOT NULL DEFAULT 0;
