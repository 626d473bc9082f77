// Generated from docs-src/api-reference/beta/api by `cargo xtask regenerate`. Do not edit.
/// Prepares the call of row `index` of [`lcw_models::beta::OPERATIONS`] through the typed method that calls it, with `args` (see [`crate::dynamic`]); an error names what `args` lacks.
pub fn prepare(
    client: &crate::Client,
    index: usize,
    args: &crate::dynamic::Args,
) -> Result<crate::dynamic::Prepared, crate::Error> {
    let Some(info) = lcw_models::beta::OPERATIONS.get(index) else {
        return Err(crate::dynamic::Args::no_operation("beta", index));
    };
    let args = args.bind(info.id);
    let root = client.beta();
    Ok(
        match index {
            0 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.custom_task_extensions().list())
            }
            1 => {
                crate::dynamic::Prepared::new(
                    root.custom_task_extensions().create(&args.body()?),
                )
            }
            2 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).get(),
                )
            }
            3 => {
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).update(&args.body()?),
                )
            }
            4 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.custom_task_extension(args.path(0)?).delete(),
                )
            }
            5 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().lifecycle_policy(args.path(0)?).restore(),
                )
            }
            6 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.deleted_items().workflows().list())
            }
            7 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).get(),
                )
            }
            8 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).delete(),
                )
            }
            9 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .reprocessed_runs()
                        .list(),
                )
            }
            10 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .delete_ref(),
                )
            }
            11 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .reprocessed_runs()
                        .list(),
                )
            }
            12 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .deleted_items()
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .run(args.path(2)?)
                        .run(args.path(3)?)
                        .delete_ref(),
                )
            }
            13 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.deleted_items().workflow(args.path(0)?).restore(),
                )
            }
            14 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.insights().top_tasks_processed_summary(args.time_range(0, 1)?),
                )
            }
            15 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .insights()
                        .top_workflows_processed_summary(args.time_range(0, 1)?),
                )
            }
            16 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .insights()
                        .workflows_processed_by_category(args.time_range(0, 1)?),
                )
            }
            17 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.insights().workflows_processed_summary(args.time_range(0, 1)?),
                )
            }
            18 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.lifecycle_policies().list())
            }
            19 => {
                crate::dynamic::Prepared::new(
                    root.lifecycle_policies().create(&args.body()?),
                )
            }
            20 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.lifecycle_policy(args.path(0)?).get())
            }
            21 => {
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).update(&args.body()?),
                )
            }
            22 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).delete(),
                )
            }
            23 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).impact(args.time_range(1, 2)?),
                )
            }
            24 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).report().get(),
                )
            }
            25 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).report().subjects().list(),
                )
            }
            26 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy(args.path(0)?).rules().list(),
                )
            }
            27 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .lifecycle_policy(args.path(0)?)
                        .lifecycle_policy_rule(args.path(1)?)
                        .get(),
                )
            }
            28 => {
                crate::dynamic::Prepared::new(
                    root
                        .lifecycle_policy(args.path(0)?)
                        .lifecycle_policy_rule(args.path(1)?)
                        .update(&args.body()?),
                )
            }
            29 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy_priority_configurations().list(),
                )
            }
            30 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.lifecycle_policy_priority_configuration(args.path(0)?).get(),
                )
            }
            31 => {
                crate::dynamic::Prepared::new(
                    root
                        .lifecycle_policy_priority_configuration(args.path(0)?)
                        .update(&args.body()?),
                )
            }
            32 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.settings().get())
            }
            33 => crate::dynamic::Prepared::new(root.settings().update(&args.body()?)),
            34 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.task_definitions().list())
            }
            35 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.task_definition(args.path(0)?).get())
            }
            36 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow_templates().list())
            }
            37 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow_template(args.path(0)?).get(),
                )
            }
            38 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflows().list())
            }
            39 => crate::dynamic::Prepared::new(root.workflows().create(&args.body()?)),
            40 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).get())
            }
            41 => {
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).update(&args.body()?),
                )
            }
            42 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).delete())
            }
            43 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activate(args.optional_param("subjects")?),
                )
            }
            44 => {
                args.members(&["subject"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activate_and_wait(args.param("subject")?),
                )
            }
            45 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .activatewithscope(args.optional_param("subjects")?),
                )
            }
            46 => {
                args.members(&["scope"])?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).cancel_processing(args.param("scope")?),
                )
            }
            47 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).clear_quarantine(),
                )
            }
            48 => {
                args.members(&["workflow"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .create_new_version(args.optional_param("workflow")?),
                )
            }
            49 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).execution_scope().list(),
                )
            }
            50 => {
                args.members(&["subjects"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .preview_workflow(args.param("subjects")?),
                )
            }
            51 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(root.workflow(args.path(0)?).runs().list())
            }
            52 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).runs().summary(args.time_range(1, 2)?),
                )
            }
            53 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).run(args.path(1)?).get(),
                )
            }
            54 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_results()
                        .list(),
                )
            }
            55 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_results()
                        .summary(args.time_range(2, 3)?),
                )
            }
            56 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .subject_processing_result(args.path(2)?)
                        .get(),
                )
            }
            57 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            58 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .user_processing_result(args.path(2)?)
                        .get(),
                )
            }
            59 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .run(args.path(1)?)
                        .user_processing_result(args.path(2)?)
                        .task_processing_results()
                        .list(),
                )
            }
            60 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).task_reports().list(),
                )
            }
            61 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_reports()
                        .summary(args.time_range(1, 2)?),
                )
            }
            62 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_report(args.path(1)?)
                        .subject_processing_results()
                        .list(),
                )
            }
            63 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_report(args.path(1)?)
                        .subject_processing_result(args.path(2)?)
                        .get(),
                )
            }
            64 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task_report(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            65 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).tasks().list(),
                )
            }
            66 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).task(args.path(1)?).get(),
                )
            }
            67 => {
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task(args.path(1)?)
                        .update(&args.body()?),
                )
            }
            68 => {
                args.members(&["source", "type", "data"])?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .task(args.path(1)?)
                        .task_processing_result(args.path(2)?)
                        .resume(
                            args.optional_param("source")?,
                            args.optional_param("type")?,
                            args.optional_param("data")?,
                        ),
                )
            }
            69 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).user_processing_results().list(),
                )
            }
            70 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .user_processing_results()
                        .summary(args.time_range(1, 2)?),
                )
            }
            71 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .user_processing_result(args.path(1)?)
                        .task_processing_results()
                        .list(),
                )
            }
            72 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).versions().list(),
                )
            }
            73 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .workflow_version(args.path(1)?)
                        .task(args.path(2)?)
                        .get(),
                )
            }
            74 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root
                        .workflow(args.path(0)?)
                        .workflow_version(args.path(1)?)
                        .tasks()
                        .list(),
                )
            }
            75 => {
                args.no_body()?;
                crate::dynamic::Prepared::new(
                    root.workflow(args.path(0)?).workflow_version(args.path(1)?).get(),
                )
            }
            _ => return Err(args.unsupported()),
        },
    )
}
