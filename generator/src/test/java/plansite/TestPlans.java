package plansite;

import java.nio.file.Path;
import plansite.check.ArithmeticChecker;
import plansite.diag.Diagnostics;
import plansite.load.PlanLoader;
import plansite.load.PlanValidator;
import plansite.load.ProjectLayout;
import plansite.load.Reuse;
import plansite.map.AtlasBuilder;
import plansite.model.LoadedPlan;
import plansite.model.Plan;

/** A project's plan as the pages are made from it, by the generator's first phases, for tests that look at the model. */
public final class TestPlans {
    private TestPlans() {}


    public static LoadedPlan load(Path root) {
        return load(root, Reuse.NONE);
    }

    /** As above, with each file's parse taken from {@code reuse} where it has it. */
    public static LoadedPlan load(Path root, Reuse reuse) {
        try {
            Diagnostics diags = new Diagnostics();
            PlanLoader.Input input = new PlanLoader(reuse).load(new ProjectLayout(root), diags);
            new PlanValidator().validate(input, diags);
            Plan plan = input.plan().withFindings(new ArithmeticChecker(input.plan()).check(diags));
            var atlas = input.maps().against(plan, diags).map(m -> new AtlasBuilder(plan, m, diags).build());
            if (diags.hasErrors()) {
                throw new AssertionError(String.join("\n", diags.report()));
            }
            return new LoadedPlan(plan, atlas, input.assets());
        } catch (plansite.diag.InputErrorsException e) {
            throw new AssertionError(String.join("\n", e.diagnostics().report()), e);
        }
    }
}
