import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Whether the service and its database answer.' })
export class Health {
  @Field(() => String, { description: 'Service status: "ok" when the database answers, "degraded" when it does not.' })
  status!: 'ok' | 'degraded';

  @Field(() => String, { description: 'Database status: "up" or "down".' })
  neo4j!: 'up' | 'down';
}
