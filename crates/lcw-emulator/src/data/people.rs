//! The people of the simulated tenant: names, sign-in names and the HR facts lifecycle
//! workflows act on (hire and leave dates, department, job title, employee id).

use super::facts::HISTORY_END;
use crate::clock::{TICKS_PER_SECOND, Ticks};
use crate::rng::SeededRng;

/// The tenant's verified domain, used for sign-in names and mail addresses.
pub const DOMAIN: &str = "contoso.com";

const DAY: Ticks = 86_400 * TICKS_PER_SECOND;

const FIRST_NAMES: &[&str] = &[
    "Ada", "Bo", "Chen", "Dina", "Emeka", "Frida", "Goran", "Hana", "Ivo", "Jun", "Kai", "Lena",
];
const LAST_NAMES: &[&str] = &[
    "Alvarez", "Berg", "Costa", "Diallo", "Eriksen", "Fischer", "Gupta", "Horvat", "Ito", "Jansen",
];
/// Department with the job titles found in it.
const DEPARTMENTS: &[(&str, &[&str])] = &[
    ("Sales", &["Account Executive", "Sales Manager"]),
    ("Engineering", &["Software Engineer", "Engineering Manager"]),
    ("Finance", &["Accountant", "Financial Analyst"]),
    ("Human Resources", &["HR Partner", "Recruiter"]),
    ("Support", &["Support Engineer", "Support Lead"]),
];
const OFFICES: &[&str] = &["Oslo 12/101", "Lisbon 3/210", "Austin 7/014"];

/// A user of the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct UserFacts {
    /// Object id.
    pub id: String,
    /// First name.
    pub given_name: String,
    /// Family name.
    pub surname: String,
    /// Display name: first name and family name.
    pub display_name: String,
    /// Sign-in name, also the primary mail address.
    pub user_principal_name: String,
    /// Department.
    pub department: &'static str,
    /// Job title, one of the department's.
    pub job_title: &'static str,
    /// Office.
    pub office_location: &'static str,
    /// Identifier from the HR system.
    pub employee_id: String,
    /// `Employee` or `Contractor`.
    pub employee_type: &'static str,
    /// First working day.
    pub hire: Ticks,
    /// Last working day, for leavers (past or coming).
    pub leave: Option<Ticks>,
    /// When the account was created, two weeks before the first day.
    pub created: Ticks,
    /// Whether the account can sign in: false once the person has left.
    pub account_enabled: bool,
}

/// The `count` users of a tenant. The ids come from `ids` (one GUID per user, in order), so the
/// ids stay what they were before the HR facts were added; everything else comes from `seed`.
pub fn users(seed: u64, count: usize, ids: &mut SeededRng) -> Vec<UserFacts> {
    let mut rng = SeededRng::fork(seed, &[12]);
    (0..count).map(|i| user(i, ids.guid(), &mut rng)).collect()
}

fn user(i: usize, id: String, rng: &mut SeededRng) -> UserFacts {
    let given_name = FIRST_NAMES[i % FIRST_NAMES.len()];
    let surname = LAST_NAMES[(i / FIRST_NAMES.len() + i) % LAST_NAMES.len()];
    // First and family name repeat after every pair has been used once: number the repeats so
    // sign-in names stay unique.
    let round = i / (FIRST_NAMES.len() * LAST_NAMES.len());
    let suffix = if round == 0 {
        String::new()
    } else {
        (round + 1).to_string()
    };
    let user_principal_name = format!(
        "{}.{}{suffix}@{DOMAIN}",
        given_name.to_ascii_lowercase(),
        surname.to_ascii_lowercase()
    );
    let (department, titles) = DEPARTMENTS[pick(rng, DEPARTMENTS.len())];
    let job_title = titles[pick(rng, titles.len())];
    let office_location = OFFICES[pick(rng, OFFICES.len())];
    let employee_type = if rng.chance(0.2) {
        "Contractor"
    } else {
        "Employee"
    };
    // Hired between about five years and one month before the history ends; some start soon.
    let hire = if rng.chance(0.15) {
        HISTORY_END + days(rng, 1, 45)
    } else {
        HISTORY_END - days(rng, 30, 1_800)
    };
    // A quarter of those already working leave: half of them already left, half will soon.
    let leave = (hire < HISTORY_END && rng.chance(0.25)).then(|| {
        if rng.chance(0.5) {
            (HISTORY_END - days(rng, 1, 25)).max(hire + DAY)
        } else {
            HISTORY_END + days(rng, 1, 60)
        }
    });
    UserFacts {
        id,
        given_name: given_name.to_owned(),
        surname: surname.to_owned(),
        display_name: format!("{given_name} {surname}"),
        user_principal_name,
        department,
        job_title,
        office_location,
        employee_id: format!("E{:05}", 10_000 + i),
        employee_type,
        hire,
        leave,
        created: hire - 14 * DAY,
        account_enabled: leave.is_none_or(|l| l > HISTORY_END),
    }
}

fn pick(rng: &mut SeededRng, len: usize) -> usize {
    usize::try_from(rng.below(len as u64)).unwrap_or(0)
}

/// A whole number of days in `low..high`.
fn days(rng: &mut SeededRng, low: u64, high: u64) -> Ticks {
    let n = low + rng.below(high - low);
    Ticks::try_from(n).unwrap_or(0) * DAY
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn tenant(count: usize) -> Vec<UserFacts> {
        users(7, count, &mut SeededRng::fork(7, &[1]))
    }

    #[test]
    fn sign_in_names_are_unique_past_the_first_round_of_names() {
        let all = tenant(500);
        let names: BTreeSet<_> = all.iter().map(|u| &u.user_principal_name).collect();
        assert_eq!(names.len(), all.len());
        assert_eq!(all[0].user_principal_name, "ada.alvarez@contoso.com");
        assert_eq!(all[120].user_principal_name, "ada.alvarez2@contoso.com");
    }

    #[test]
    fn hr_facts_are_consistent() {
        for u in tenant(300) {
            assert!(u.created < u.hire, "{u:?}");
            if let Some(leave) = u.leave {
                assert!(leave > u.hire, "{u:?}");
                assert_eq!(u.account_enabled, leave > HISTORY_END, "{u:?}");
            } else {
                assert!(u.account_enabled);
            }
            let titles = DEPARTMENTS
                .iter()
                .find(|(d, _)| *d == u.department)
                .map(|(_, t)| *t);
            assert!(titles.is_some_and(|t| t.contains(&u.job_title)), "{u:?}");
        }
    }

    #[test]
    fn the_tenant_has_leavers_on_both_sides_of_the_history_end() {
        let all = tenant(300);
        assert!(all.iter().any(|u| u.leave.is_some_and(|l| l < HISTORY_END)));
        assert!(all.iter().any(|u| u.leave.is_some_and(|l| l > HISTORY_END)));
        assert!(all.iter().any(|u| u.hire > HISTORY_END));
    }

    #[test]
    fn the_same_seed_gives_the_same_people() {
        assert_eq!(tenant(40), tenant(40));
    }
}
