//! `$expand=subject` on user processing results: the subject arrives as a typed `User` with the
//! directory and HR facts a caller reads (sign-in name, department, hire and leave dates), in
//! both versions, from the emulator started in-process.

mod common;

use std::collections::HashSet;

use futures_util::TryStreamExt;

/// What each expanded subject must carry, as (id, sign-in name, department, hired, enabled).
type Seen = (String, String, String, bool, bool);

#[tokio::test]
async fn beta_subjects_decode_as_typed_users() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let workflows: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("workflows list");
    let workflow = workflows[0].id.as_deref().expect("workflows have ids");
    let results: Vec<_> = client
        .beta()
        .workflow(workflow)
        .user_processing_results()
        .list()
        .expand(["subject"])
        .into_stream()
        .try_collect()
        .await
        .expect("user processing results list with their subjects");
    assert!(
        !results.is_empty(),
        "the seeded workflow has processed users"
    );
    let seen: Vec<Seen> = results
        .iter()
        .map(|result| {
            let user = result
                .subject
                .as_ref()
                .expect("$expand=subject returns the subject");
            let upn = user.user_principal_name.as_deref().expect("a sign-in name");
            assert_eq!(user.mail.as_deref(), Some(upn), "mail is the sign-in name");
            assert!(upn.ends_with("@contoso.com"), "{upn}");
            assert!(user.display_name.is_some() && user.job_title.is_some());
            assert!(
                user.employee_id
                    .as_deref()
                    .is_some_and(|e| e.starts_with('E'))
            );
            let hired = user.employee_hire_date.as_ref().is_some();
            let enabled = user
                .account_enabled
                .as_ref()
                .copied()
                .expect("accountEnabled");
            // A person who has left has a leave date, and a disabled account only then.
            if !enabled {
                assert!(user.employee_leave_date_time.as_ref().is_some(), "{user:?}");
            }
            (
                user.id.as_deref().expect("an id").to_owned(),
                upn.to_owned(),
                user.department.as_deref().expect("a department").to_owned(),
                hired,
                enabled,
            )
        })
        .collect();
    assert!(seen.iter().all(|s| s.3), "every subject has a hire date");
    let ids: HashSet<_> = seen.iter().map(|s| &s.0).collect();
    let upns: HashSet<_> = seen.iter().map(|s| &s.1).collect();
    assert_eq!(ids.len(), upns.len(), "one sign-in name per user");
    emulator.stop().await;
}

#[tokio::test]
async fn v1_subjects_decode_as_typed_users() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let workflows: Vec<_> = client
        .v1()
        .workflows()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("workflows list");
    let workflow = workflows[0].id.as_deref().expect("workflows have ids");
    let results: Vec<_> = client
        .v1()
        .workflow(workflow)
        .user_processing_results()
        .list()
        .expand(["subject"])
        .into_stream()
        .try_collect()
        .await
        .expect("user processing results list with their subjects");
    assert!(
        !results.is_empty(),
        "the seeded workflow has processed users"
    );
    for result in &results {
        let user = result
            .subject
            .as_ref()
            .expect("$expand=subject returns the subject");
        assert!(
            user.user_principal_name
                .as_deref()
                .is_some_and(|u| u.contains('@'))
        );
        assert!(user.department.as_deref().is_some());
        assert!(user.employee_hire_date.as_ref().is_some());
        assert!(user.account_enabled.as_ref().is_some());
    }
    // employeeLeaveDateTime reaches v1.0 callers through overrides.toml (the v1.0 page lacks
    // it); the seeded tenant has leavers among the processed users.
    assert!(
        results.iter().any(|r| r
            .subject
            .as_ref()
            .is_some_and(|u| u.employee_leave_date_time.as_ref().is_some())),
        "some subject has a leave date"
    );
    emulator.stop().await;
}

#[tokio::test]
async fn without_expand_the_subject_is_left_out_or_bare() {
    let emulator = common::start(common::config()).await;
    let client = common::client(&emulator);
    let workflows: Vec<_> = client
        .beta()
        .workflows()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("workflows list");
    let workflow = workflows[0].id.as_deref().expect("workflows have ids");
    let results: Vec<_> = client
        .beta()
        .workflow(workflow)
        .user_processing_results()
        .list()
        .into_stream()
        .try_collect()
        .await
        .expect("user processing results list");
    for result in &results {
        if let Some(user) = result.subject.as_ref() {
            assert!(user.department.as_deref().is_none(), "{user:?}");
        }
    }
    emulator.stop().await;
}
