use lcw_client::RetryPolicy;

fn main() {
    // Zero attempts would skip every call: only the setters, which keep at least one, apply.
    let mut policy = RetryPolicy::default();
    policy.max_attempts = 0;
    let _ = policy;
}
