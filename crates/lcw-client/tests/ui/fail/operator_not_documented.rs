use lcw_client::beta::filters::RunFilter;
use lcw_client::models::Timestamp;

fn main() {
    let t: Timestamp = Timestamp::parse("2026-01-01T00:00:00Z").unwrap();
    let _ = RunFilter::completed_date_time().starts_with(t);
}
