"""Every lifecycle workflows operation the emulator documents, called through the SDKs' own
request builders (`client.identity_governance.lifecycle_workflows...`), once with
msgraph-beta-sdk against `/beta` and once with msgraph-sdk against `/v1.0`.

Each test is one scenario; a failure prints the requests the SDK sent ("sdk requests").
"""

from __future__ import annotations

import pytest

from sdkutil import COMMA_DEFECT, END, START, SdkDefect, check_function_url, query

EMULATOR_ARGS = {"workflows": 3, "runs": 6, "users": 3, "tasks": 3}

comma_defect = pytest.mark.xfail(strict=True, raises=SdkDefect, reason=COMMA_DEFECT)


# --- discovery: ids from the seeded data, through the SDK ------------------------------------


class Ids:
    pass


@pytest.fixture(scope="module")
def ids(sdk, run):
    """Ids of the seeded data, found through documented list calls."""
    lw = sdk.lw
    i = Ids()
    workflows = run(lw.workflows.get()).value
    assert len(workflows) == 3, [w.id for w in workflows]
    i.workflow = workflows[0].id  # read, tasks patched
    i.acting = workflows[1].id  # actions: activate, cancel...
    i.versioned = workflows[2].id  # createNewVersion replaces its definition
    w = lw.workflows.by_workflow_id(i.workflow)
    runs = run(w.runs.get()).value
    i.run = runs[0].id
    i.run_obj = runs[0]
    tasks = run(w.tasks.get()).value
    i.task = tasks[0].id
    results = run(w.runs.by_run_id(i.run).task_processing_results.get()).value
    i.task_result = results[0]
    uprs = run(w.user_processing_results.get(query(w.user_processing_results, top=999))).value
    # the user processing results of run `i.run`: same scheduled time as the run
    i.upr_of_run = [u.id for u in uprs if u.scheduled_date_time == runs[0].scheduled_date_time]
    i.upr = uprs[0].id
    i.task_reports = run(w.task_reports.get()).value
    return i


def wf(sdk, ids):
    return sdk.lw.workflows.by_workflow_id(ids.workflow)


def acting(sdk, ids):
    return sdk.lw.workflows.by_workflow_id(ids.acting)


def activate_body(sdk, user_id: str):
    return sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_activate.activate_post_request_body"
    ).ActivatePostRequestBody(subjects=[sdk.model("user.User")(id=user_id)])


def new_workflow(sdk, name: str):
    """A workflow body as the create page documents it, built from the SDK's models."""
    m = sdk.model
    return m("identity_governance.workflow.Workflow")(
        display_name=name,
        description="created through the Kiota SDK",
        category=m("identity_governance.lifecycle_workflow_category.LifecycleWorkflowCategory")(
            "joiner"
        ),
        is_enabled=True,
        is_scheduling_enabled=False,
        execution_conditions=m(
            "identity_governance.trigger_and_scope_based_conditions.TriggerAndScopeBasedConditions"
        )(
            scope=m("identity_governance.rule_based_subject_set.RuleBasedSubjectSet")(
                rule="(department eq 'Marketing')"
            ),
            trigger=m("identity_governance.time_based_attribute_trigger.TimeBasedAttributeTrigger")(
                time_based_attribute=m(
                    "identity_governance.workflow_trigger_time_based_attribute."
                    "WorkflowTriggerTimeBasedAttribute"
                )("employeeHireDate"),
                offset_in_days=1,
            ),
        ),
        tasks=[
            m("identity_governance.task.Task")(
                continue_on_error=False,
                description="Enable user account in the directory",
                display_name="Enable User Account",
                is_enabled=True,
                task_definition_id="6fc52c9d-398b-4305-9763-15f42c1676fc",
                arguments=[],
            )
        ],
    )


# --- workflows ------------------------------------------------------------------------------


def test_list_workflows(sdk, run):
    page = run(sdk.lw.workflows.get())
    assert len(page.value) == 3
    w = page.value[0]
    assert w.id and w.display_name and w.category is not None
    assert w.execution_conditions is not None


def test_get_workflow(sdk, run, ids):
    w = run(wf(sdk, ids).get())
    assert w.id == ids.workflow
    assert w.tasks and len(w.tasks) == 3


def test_create_update_delete_restore_purge_workflow(sdk, run):
    lw = sdk.lw
    created = run(lw.workflows.post(new_workflow(sdk, "Kiota create")))
    assert created.id and created.display_name == "Kiota create"
    item = lw.workflows.by_workflow_id(created.id)

    patch = sdk.model("identity_governance.workflow.Workflow")(description="patched by Kiota")
    run(item.patch(patch))
    assert run(item.get()).description == "patched by Kiota"

    run(item.delete())
    deleted = run(lw.deleted_items.workflows.get()).value
    assert created.id in [d.id for d in deleted]
    gone = lw.deleted_items.workflows.by_workflow_id(created.id)
    assert run(gone.get()).deleted_date_time is not None

    restored = run(gone.microsoft_graph_identity_governance_restore.post())
    assert restored.id == created.id
    assert run(item.get()).id == created.id

    run(item.delete())
    run(gone.delete())  # permanently
    with pytest.raises(sdk.ODataError) as err:
        run(gone.get())
    assert err.value.response_status_code == 404


def test_list_deleted_workflows(sdk, run):
    page = run(sdk.lw.deleted_items.workflows.get())
    assert page.value is not None


# --- workflow actions -----------------------------------------------------------------------


def test_activate(sdk, run, ids):
    runs = acting(sdk, ids).runs
    before = len(run(runs.get(query(runs, top=999))).value)
    body = activate_body(sdk, "8cdf25a8-c9d2-423e-a03d-3f39f03c3e97")
    run(acting(sdk, ids).microsoft_graph_identity_governance_activate.post(body))
    after = run(runs.get(query(runs, top=999))).value
    assert len(after) == before + 1


def test_activate_with_scope(sdk, run, ids):
    # The scope type the docs describe: rerun the tasks of some user processing results.
    m = sdk.model
    upr = run(acting(sdk, ids).user_processing_results.get()).value[0]
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_activate_with_scope.activate_with_scope_post_request_body"
    ).ActivateWithScopePostRequestBody(
        scope=m("identity_governance.activate_processing_result_scope.ActivateProcessingResultScope")(
            processing_results=[
                m("identity_governance.user_processing_result.UserProcessingResult")(id=upr.id)
            ],
            task_scope=m("identity_governance.activation_task_scope_type.ActivationTaskScopeType")(
                "allTasks"
            ),
        )
    )
    run(acting(sdk, ids).microsoft_graph_identity_governance_activate_with_scope.post(body))


def test_activate_with_user_scope(sdk, run, ids):
    # The scope type the service schema declares and the SDKs generate, which the docs' pages
    # leave out: `activateUserScope` with `users` (v1.0 CSDL: ComplexType activateUserScope,
    # BaseType activationScope, NavigationProperty users; the action's one parameter is
    # `scope`). The docs' table names a `subjects` parameter instead, which the SDKs cannot send.
    m = sdk.model
    user = run(acting(sdk, ids).user_processing_results.get()).value[0].subject.id
    runs = acting(sdk, ids).runs
    before = len(run(runs.get(query(runs, top=999))).value)
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_activate_with_scope.activate_with_scope_post_request_body"
    ).ActivateWithScopePostRequestBody(
        scope=m("identity_governance.activate_user_scope.ActivateUserScope")(
            users=[m("user.User")(id=user)]
        )
    )
    run(acting(sdk, ids).microsoft_graph_identity_governance_activate_with_scope.post(body))
    after = run(runs.get(query(runs, top=999))).value
    assert len(after) == before + 1
    assert after[-1].total_users_count == 1


def test_activate_and_wait(sdk, run, ids):
    m = sdk.model
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_activate_and_wait.activate_and_wait_post_request_body"
    ).ActivateAndWaitPostRequestBody(
        # the docs' example: a provisioning object subject, derived type named
        subject=m(
            "identity_governance.provisioning_object_workflow_subject."
            "ProvisioningObjectWorkflowSubject"
        )(
            id="b74f0fae-b1f3-4c96-9bf0-d4d8a8e37cbe",
            attribute_set_entries=[
                m("identity_governance.attribute_set_entry.AttributeSetEntry")(
                    name="department", value="Engineering"
                )
            ],
        )
    )
    run(acting(sdk, ids).microsoft_graph_identity_governance_activate_and_wait.post(body))


def test_cancel_processing(sdk, run, ids):
    m = sdk.model
    # a run that has not finished: the one an activation starts
    run(acting(sdk, ids).microsoft_graph_identity_governance_activate.post(
        activate_body(sdk, "ea09ac2e-77e3-4134-85f2-25ccf3c33387")
    ))
    runs = acting(sdk, ids).runs
    pending = [
        r.id
        for r in run(runs.get(query(runs, top=999))).value
        if r.completed_date_time is None
    ]
    assert pending, "no unfinished run after an activation"
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_cancel_processing.cancel_processing_post_request_body"
    ).CancelProcessingPostRequestBody(
        scope=m("identity_governance.cancel_runs_scope.CancelRunsScope")(
            runs=[m("identity_governance.run.Run")(id=pending[-1])]
        )
    )
    run(acting(sdk, ids).microsoft_graph_identity_governance_cancel_processing.post(body))


def test_clear_quarantine(sdk, run, ids):
    run(acting(sdk, ids).microsoft_graph_identity_governance_clear_quarantine.post())


def test_preview_workflow(sdk, run, ids):
    m = sdk.model
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_preview_workflow.preview_workflow_post_request_body"
    ).PreviewWorkflowPostRequestBody(
        subjects=[m("user.User")(id="8cdf25a8-c9d2-423e-a03d-3f39f03c3e97")]
    )
    run(acting(sdk, ids).microsoft_graph_identity_governance_preview_workflow.post(body))


def test_create_new_version(sdk, run, ids):
    target = sdk.lw.workflows.by_workflow_id(ids.versioned)
    versions = target.versions
    before = run(versions.get()).value
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item."
        "microsoft_graph_identity_governance_create_new_version.create_new_version_post_request_body"
    ).CreateNewVersionPostRequestBody(workflow=new_workflow(sdk, "Kiota version"))
    result = run(target.microsoft_graph_identity_governance_create_new_version.post(body))
    assert result.id == ids.versioned
    assert result.display_name == "Kiota version"
    after = run(versions.get()).value
    assert len(after) == len(before) + 1


def test_list_execution_scope(sdk, run, ids):
    page = run(wf(sdk, ids).execution_scope.get())
    assert page.value is not None


# --- runs and their results ------------------------------------------------------------------


def test_list_runs(sdk, run, ids):
    page = run(wf(sdk, ids).runs.get())
    assert len(page.value) >= 6
    assert all(r.id and r.processing_status is not None for r in page.value)


def test_get_run(sdk, run, ids):
    r = run(wf(sdk, ids).runs.by_run_id(ids.run).get())
    assert r.id == ids.run and r.total_users_count == 3


@comma_defect
def test_runs_summary(sdk, run, ids):
    builder = wf(sdk, ids).runs.microsoft_graph_identity_governance_summary_with_start_date_time_with_end_date_time(
        start_date_time=START, end_date_time=END
    )
    check_function_url(builder)
    summary = run(builder.get())
    assert summary.total_runs >= 6


def test_list_run_task_processing_results(sdk, run, ids):
    page = run(wf(sdk, ids).runs.by_run_id(ids.run).task_processing_results.get())
    assert 0 < len(page.value) <= ids.run_obj.total_tasks_count
    assert all(t.task is not None and t.subject is not None for t in page.value)


def test_list_run_subject_processing_results(sdk, run, ids):
    page = run(wf(sdk, ids).runs.by_run_id(ids.run).subject_processing_results.get())
    assert len(page.value) == 3


def test_get_run_subject_processing_result(sdk, run, ids):
    spr = wf(sdk, ids).runs.by_run_id(ids.run).subject_processing_results
    first = run(spr.get()).value[0]
    got = run(spr.by_subject_processing_result_id(first.id).get())
    assert got.id == first.id


@comma_defect
def test_run_subject_processing_results_summary(sdk, run, ids):
    builder = wf(sdk, ids).runs.by_run_id(
        ids.run
    ).subject_processing_results.microsoft_graph_identity_governance_summary_with_start_date_time_with_end_date_time(
        start_date_time=START, end_date_time=END
    )
    check_function_url(builder)
    run(builder.get())


def test_get_run_user_processing_result(sdk, run, ids):
    assert ids.upr_of_run, "no user processing result shares the run's scheduledDateTime"
    upr = run(
        wf(sdk, ids).runs.by_run_id(ids.run).user_processing_results.by_user_processing_result_id(
            ids.upr_of_run[0]
        ).get()
    )
    assert upr.id == ids.upr_of_run[0]


def test_list_run_user_processing_result_task_processing_results(sdk, run, ids):
    page = run(
        wf(sdk, ids)
        .runs.by_run_id(ids.run)
        .user_processing_results.by_user_processing_result_id(ids.upr_of_run[0])
        .task_processing_results.get()
    )
    assert len(page.value) == 3


# --- user processing results ----------------------------------------------------------------


def test_list_user_processing_results(sdk, run, ids):
    page = run(wf(sdk, ids).user_processing_results.get())
    assert page.value and all(u.subject is not None for u in page.value)


@comma_defect
def test_user_processing_results_summary(sdk, run, ids):
    builder = wf(
        sdk, ids
    ).user_processing_results.microsoft_graph_identity_governance_summary_with_start_date_time_with_end_date_time(
        start_date_time=START, end_date_time=END
    )
    check_function_url(builder)
    summary = run(builder.get())
    assert summary.total_users >= 1


def test_list_user_processing_result_task_processing_results(sdk, run, ids):
    page = run(
        wf(sdk, ids)
        .user_processing_results.by_user_processing_result_id(ids.upr)
        .task_processing_results.get()
    )
    assert len(page.value) == 3


# --- task reports ---------------------------------------------------------------------------


def test_list_task_reports(sdk, run, ids):
    page = run(wf(sdk, ids).task_reports.get())
    assert page.value and all(t.task is not None for t in page.value)


@comma_defect
def test_task_reports_summary(sdk, run, ids):
    builder = wf(
        sdk, ids
    ).task_reports.microsoft_graph_identity_governance_summary_with_start_date_time_with_end_date_time(
        start_date_time=START, end_date_time=END
    )
    check_function_url(builder)
    run(builder.get())


def test_list_task_report_task_processing_results(sdk, run, ids):
    report = ids.task_reports[0]
    page = run(
        wf(sdk, ids).task_reports.by_task_report_id(report.id).task_processing_results.get()
    )
    assert len(page.value) == report.total_users_count


# --- tasks ----------------------------------------------------------------------------------


def test_list_tasks(sdk, run, ids):
    page = run(wf(sdk, ids).tasks.get())
    assert len(page.value) == 3


def test_get_and_update_task(sdk, run, ids):
    item = wf(sdk, ids).tasks.by_task_id(ids.task)
    assert run(item.get()).id == ids.task
    run(item.patch(sdk.model("identity_governance.task.Task")(description="patched by Kiota")))
    assert run(item.get()).description == "patched by Kiota"


def test_resume_task_processing_result(sdk, run, ids):
    m = sdk.model
    tpr = ids.task_result
    body = sdk.module(
        "identity_governance.lifecycle_workflows.workflows.item.tasks.item.task_processing_results."
        "item.microsoft_graph_identity_governance_resume.resume_post_request_body"
    ).ResumePostRequestBody(
        source="sample",
        type="lifecycleEvent",
        data=m("identity_governance.custom_task_extension_callback_data.CustomTaskExtensionCallbackData")(
            operation_status=m(
                "identity_governance.custom_task_extension_operation_status."
                "CustomTaskExtensionOperationStatus"
            )("completed")
        ),
    )
    run(
        wf(sdk, ids)
        .tasks.by_task_id(tpr.task.id)
        .task_processing_results.by_task_processing_result_id(tpr.id)
        .microsoft_graph_identity_governance_resume.post(body)
    )


# --- versions -------------------------------------------------------------------------------


def test_list_versions(sdk, run, ids):
    page = run(wf(sdk, ids).versions.get())
    assert page.value and all(v.version_number for v in page.value)


def test_get_version_and_its_tasks(sdk, run, ids):
    number = run(wf(sdk, ids).versions.get()).value[0].version_number
    version = wf(sdk, ids).versions.by_workflow_version_version_number(number)
    assert run(version.get()).version_number == number
    tasks = run(version.tasks.get()).value
    assert tasks
    assert run(version.tasks.by_task_id(tasks[0].id).get()).id == tasks[0].id


# --- the container's other collections ------------------------------------------------------


def test_task_definitions(sdk, run):
    defs = run(sdk.lw.task_definitions.get()).value
    assert defs
    one = run(sdk.lw.task_definitions.by_task_definition_id(defs[0].id).get())
    assert one.id == defs[0].id and one.display_name


def test_workflow_templates(sdk, run):
    templates = run(sdk.lw.workflow_templates.get()).value
    assert templates
    one = run(sdk.lw.workflow_templates.by_workflow_template_id(templates[0].id).get())
    assert one.id == templates[0].id


def test_custom_task_extensions(sdk, run):
    m = sdk.model
    cte = sdk.lw.custom_task_extensions
    assert run(cte.get()).value is not None
    body = m("identity_governance.custom_task_extension.CustomTaskExtension")(
        display_name="Grant manager access",
        description="created through the Kiota SDK",
        endpoint_configuration=m(
            "logic_app_trigger_endpoint_configuration.LogicAppTriggerEndpointConfiguration"
        )(
            subscription_id="c500b67c-e9b7-4ad2-a90d-77d41385ae55",
            resource_group_name="RG-LCM",
            logic_app_workflow_name="ManagerAccess",
        ),
        authentication_configuration=m(
            "azure_ad_token_authentication.AzureAdTokenAuthentication"
        )(resource_id="542dc01a-0b5d-4edc-b3f9-5cfe6393f557"),
        client_configuration=m(
            "custom_extension_client_configuration.CustomExtensionClientConfiguration"
        )(maximum_retries=1, timeout_in_milliseconds=1000),
    )
    created = run(cte.post(body))
    assert created.id and created.display_name == "Grant manager access"
    item = cte.by_custom_task_extension_id(created.id)
    assert run(item.get()).id == created.id
    run(
        item.patch(
            m("identity_governance.custom_task_extension.CustomTaskExtension")(
                description="patched by Kiota"
            )
        )
    )
    assert run(item.get()).description == "patched by Kiota"
    run(item.delete())
    with pytest.raises(sdk.ODataError) as err:
        run(item.get())
    assert err.value.response_status_code == 404


def test_settings(sdk, run):
    m = sdk.model
    settings = run(sdk.lw.settings.get())
    assert settings.workflow_schedule_interval_in_hours is not None
    run(
        sdk.lw.settings.patch(
            m("identity_governance.lifecycle_management_settings.LifecycleManagementSettings")(
                workflow_schedule_interval_in_hours=3,
                email_settings=m("email_settings.EmailSettings")(
                    sender_domain="ContosoIndustries.net", use_company_branding=True
                ),
            )
        )
    )
    again = run(sdk.lw.settings.get())
    assert again.workflow_schedule_interval_in_hours == 3
    assert again.email_settings.sender_domain == "ContosoIndustries.net"


INSIGHTS = [
    "top_tasks_processed_summary",
    "top_workflows_processed_summary",
    "workflows_processed_by_category",
    "workflows_processed_summary",
]


@comma_defect
@pytest.mark.parametrize("function", INSIGHTS)
def test_insights(sdk, run, function):
    name = f"microsoft_graph_identity_governance_{function}_with_start_date_time_with_end_date_time"
    builder = getattr(sdk.lw.insights, name)(start_date_time=START, end_date_time=END)
    check_function_url(builder)
    run(builder.get())
